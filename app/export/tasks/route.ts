// GET /export/tasks?year=&asOf= [&format=xlsx] — the overview's tasks as it lists them (its filters; as published with ?snapshot=), as CSV or Excel.
import { listRoute, tasksList } from '@/lib/data/exports';

export const GET = listRoute(tasksList);
