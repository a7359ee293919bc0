// Chart colours, shared by server pages and the client chart components (a 'use client' module
// cannot export plain values to Server Components).
export const CHART_COLORS = {
  lagging: '#b91c1c',
  at_risk: '#b45309',
  on_track: '#15803d',
  completed: '#1d4ed8',
  actual: '#1d4ed8',
  expected: '#6b7280',
} as const;
