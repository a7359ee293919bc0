// Types of pdf-table.mjs (plain JavaScript, so the import's worker can use it as it is).
export type Segment = { x1: number; y1: number; x2: number; y2: number };
export type Run = { str: string; x: number; y: number; w: number; h: number };
export type PdfTable = { grid: (string | null)[][]; title: string | null };
export function ruleLines(segments: Segment[]): { h: { y: number; x1: number; x2: number }[]; v: { x: number; y1: number; y2: number }[] };
export function cutAtColumns(run: Run, xs: number[]): Run[];
export function cellText(runs: Run[], left: number, right: number): string;
export function pageTables(segments: Segment[], texts: Run[]): PdfTable[];
export function documentTables(pages: PdfTable[][]): PdfTable[];
export function unifiedIdeographs(s: string): string;
