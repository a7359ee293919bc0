// Types of text-workbook.mjs (plain JavaScript, so the worker can use it as it is).
export function textWorkbookKind(buf: Buffer): 'xml' | 'html' | 'csv' | null;
export function decodeText(buf: Buffer): string;
