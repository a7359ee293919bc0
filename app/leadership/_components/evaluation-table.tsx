// 考核: each unit's score and rank from its parts (reports on time, milestones, lagging, notices,
// returned updates), with the weights that made it and the table as CSV or Excel. The scores run their own
// queries, started with the page's data and awaited here. Not behind a Suspense boundary: a part
// streamed after the page is put in place by a script, and without one it never shows
// (tests/e2e/without-script.spec.ts). The rows are drawn by ./rows from the cells worded in ./worded.
import { cardColumns } from '@/components/card-table';
import type { LeadershipData } from '@/lib/data/leadership';
import { PARTS } from '@/lib/domain/evaluation';
import { t } from '@/lib/i18n/zh-CN';
import type { ExportLinks } from '@/lib/links';
import { EvaluationRows } from './rows';
import { evaluationRows } from './worded';

const th = 'py-1 pr-2 text-left font-medium';
type Weights = LeadershipData['snap']['settings'];

export async function EvaluationTable({ scores, weights: s, files }: { scores: LeadershipData['evaluation']; weights: Weights; files: ExportLinks }) {
  const rows = await scores;
  if (!rows) return null;
  const c = t.evaluation;
  const cols = [...c.cols, ...PARTS.map((p) => c.parts[p])];
  return (
    <section className="rounded border border-gray-200 bg-white p-3 print:hidden" aria-labelledby="eval-h">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="eval-h" className="font-semibold">
          {c.heading}
        </h2>
        <span className="no-print flex gap-3 text-sm">
          <a href={files.csv} className="text-blue-800 hover:underline" download>
            {c.csv}
          </a>
          <a href={files.xlsx} className="text-blue-800 hover:underline" download>
            {c.xlsx}
          </a>
        </span>
      </div>
      <div className="overflow-x-auto" role="region" aria-label={c.heading} tabIndex={0}>
        {/* On a phone each unit is a card (.ev in app/globals.css): its rank and name, then its score and parts, each named. */}
        <table className="cards ev w-full text-sm" data-testid="evaluation" style={cardColumns(cols.map((h, i) => (i === 1 ? null : h)))}>
          <thead className="text-xs text-gray-600">
            <tr>
              {cols.map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <EvaluationRows rows={evaluationRows(rows)} />
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600">
        {c.intro({ reports: s.weightReports, milestones: s.weightMilestones, lagging: s.weightLagging, notices: s.weightNotices, returned: s.weightReturned })}
      </p>
    </section>
  );
}
