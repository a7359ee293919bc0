// "督办中（N）" beside a task with open 督办 notices (t.notice.badge): a module of its own so the task
// lists that show it (a client component among them) and the notice forms each carry only what they use.
export const noticeBadge = (n: number) => `督办中（${n}）`;
