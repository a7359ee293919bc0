// The ten projects in one line each: title, status, and the status bar of their tasks.
import { ProjectStatusBar } from '@/components/project-status-bar';
import { StatusBadge } from '@/components/status-badge';
import type { LeadershipData } from '@/lib/data/leadership';

export function ProjectList({ projects }: { projects: LeadershipData['projects'] }) {
  return (
    <ul className="space-y-2 print:space-y-0.5" data-testid="lead-projects">
      {projects.map((p) => (
        <li
          key={p.project.number}
          className="grid gap-1 sm:grid-cols-[1fr_16rem] sm:items-center print:grid-cols-[1fr_14rem] print:items-center print:gap-0.5"
          data-project={p.project.number}
        >
          <div className="text-sm">
            <span className="font-medium">
              {p.project.numeral}、{p.project.title}
            </span>{' '}
            {p.status && <StatusBadge status={p.status} />}
          </div>
          <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
        </li>
      ))}
    </ul>
  );
}
