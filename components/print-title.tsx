// The heading a printed page carries (hidden on screen): what it is, of which plan year, at which
// as-of date, and when it was printed — a sheet handed round a meeting says all of that itself.
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function PrintTitle({ plan, page, asOf, printedOn }: { plan: string; page: string; asOf?: string; printedOn: string }) {
  return (
    <div className="hidden border-b border-gray-800 pb-1 print:block" data-testid="print-title">
      <p className="text-base font-bold">
        {plan} · {page}
      </p>
      <p className="text-xs">{t.printTitle(asOf ? fmtDate(asOf) : null, fmtDate(printedOn))}</p>
    </div>
  );
}
