// generateMetadata for the pages numbered by `[n]` (a task, a project): the browser tab names the
// number in the path.
import type { Metadata } from 'next';

export const numberedMetadata =
  (title: (n: string) => string) =>
  async ({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> => ({ title: title((await params).n) });
