// Reading a page's search parameters as typed by hand or crafted: Next hands a page a string, an
// array (a parameter given twice) or nothing, and a screen takes the first value or none.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter, or undefined. */
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** A search parameter naming a record or a page (a whole number from 1), or undefined for anything else (0, -1, 1.5, 1e3, 2³¹…). */
export function wholeParam(v: string | string[] | undefined): number | undefined {
  const s = one(v);
  return s && /^[1-9]\d{0,8}$/.test(s) ? Number(s) : undefined;
}
