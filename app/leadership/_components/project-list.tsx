// The ten projects in one line each: title, status, and the status bar of their tasks (drawn by
// ./rows from the figures shaped in ./worded).
import type { LeadershipData } from '@/lib/data/leadership';
import { ProjectLines } from './rows';
import { leadProjects } from './worded';

export function ProjectList({ projects }: { projects: LeadershipData['projects'] }) {
  return <ProjectLines projects={leadProjects(projects)} />;
}
