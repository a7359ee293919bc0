// The reasons behind a status, one sentence each (./worded-reasons), worded here from the catalogue.
import type { SeverityReason } from '@/lib/domain/status';
import { describeReason } from '@/lib/i18n/zh-CN';
import { WordedReasons, type WordedReason } from './worded-reasons';

/** The reasons as sentences, for a list a client component draws. */
export const wordReasons = (reasons: readonly SeverityReason[]): WordedReason[] => reasons.map((r) => ({ severity: r.severity, text: describeReason(r) }));

export function ReasonList({ reasons }: { reasons: SeverityReason[] }) {
  return <WordedReasons reasons={wordReasons(reasons)} />;
}
