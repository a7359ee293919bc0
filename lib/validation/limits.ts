// Input limits shared by forms and actions.
export const LIMITS = {
  narrative: 4000,
  nextSteps: 2000,
  problemsText: 2000,
  problemText: 500,
  reason: 500,
  comment: 1000,
  noticeText: 1000,
  instructionText: 500,
  username: 40,
  password: 200,
  maxValue: 1e9,
} as const;
