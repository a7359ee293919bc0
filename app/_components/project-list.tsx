// The ten projects, each with its status bar and its tasks. The cards are drawn by a client
// component (./project-cards) from the few figures they show, shaped here: the page's inline data
// carries those figures, not the cards' markup twice.
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import { t } from '@/lib/i18n/zh-CN';
import type { View } from '@/lib/links';
import { ProjectCards, type CardProject } from './project-cards';

type Project = OverviewData['projects'][number];

/** What a card shows of a project and its rows, and nothing more. */
export function cardProjects(projects: Project[], openNotices: Map<number, number>): CardProject[] {
  return projects.map((p) => ({
    number: p.project.number,
    heading: `${p.project.numeral}、${p.project.title}`,
    category: p.project.category,
    status: p.status,
    counts: p.counts,
    total: p.total,
    covered: p.covered,
    actualPct: p.actualPct,
    rows: p.rows.map(({ task, status }) => ({
      number: task.number,
      content: task.content,
      units: task.units.map((u) => u.name).join('、'),
      deadlineMonth: task.deadlineMonth,
      notices: openNotices.get(task.number),
      status: {
        status: status.status,
        daysLeft: status.daysLeft,
        stale: status.stale,
        daysSinceUpdate: status.daysSinceUpdate,
        progress: { actualPct: status.progress.actualPct, expectedPct: status.progress.expectedPct, next: status.progress.next },
      },
    })),
  }));
}

export function ProjectList({
  projects,
  links,
  openNotices,
  onToday,
}: {
  projects: Project[];
  links: View;
  openNotices: Map<number, number>;
  onToday: boolean;
}) {
  return (
    <section aria-labelledby="projects-h" className="space-y-4">
      <h2 id="projects-h" className="font-semibold">
        {t.overview.projects}
      </h2>
      {projects.length === 0 && <p className={ui.hint}>{t.overview.noMatch}</p>}
      <ProjectCards projects={cardProjects(projects, openNotices)} links={links} onToday={onToday} />
    </section>
  );
}
