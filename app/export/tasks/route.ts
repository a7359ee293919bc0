// GET /export/tasks?year=&asOf= — the task list with statuses as CSV.
import { csvResponse, tasksCsv } from '@/lib/data/exports';

export async function GET(req: Request) {
  return csvResponse(await tasksCsv(Object.fromEntries(new URL(req.url).searchParams)));
}
