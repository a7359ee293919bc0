// The war map's twelve months, and how it draws a milestone's state: its icon, colour and name (the
// legend, the grid and the list say the same). A plain module: read by the page (a server component) and its rows (a client one).
import { timeline } from '@/lib/i18n/parts/timeline';

export const MARK = {
  reached: { icon: '●', cls: 'text-done', label: timeline.legendReached },
  overdue: { icon: '✕', cls: 'text-lagging font-bold', label: timeline.legendOverdue },
  planned: { icon: '○', cls: 'text-gray-700', label: timeline.legendPlanned },
} as const;

/** The grid's columns: January to December. */
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
