// A form posted without JavaScript after its session ended is kept as a draft for its writer (see
// lib/actions/form-drafts.ts). What is kept, for how long, and which page shows it again.

/** A draft lives this long: time to find the password, or to have the office reset it. */
export const DRAFT_MAX_AGE_S = 24 * 60 * 60;

/** The most a draft keeps (characters of its JSON): far above any form's limits. */
export const DRAFT_MAX_CHARS = 200_000;

/**
 * What of a form's fields a draft keeps: the fields the user typed or chose, not the framework's
 * own (`$ACTION…`) nor anything named a password.
 */
export function draftValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('$ACTION') && !/password/i.test(k)));
}

/** Whether a draft posted from `page` (a path and query) belongs on the page at `path` (a path). */
export function isDraftOf(page: string, path: string): boolean {
  return page === path || page.startsWith(`${path}?`) || page.startsWith(`${path}#`);
}

/** A stored draft's fields, or null when they are not a JSON object of strings. */
export function parseDraft(json: string): Record<string, string> | null {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    return Object.values(v).every((x) => typeof x === 'string') ? (v as Record<string, string>) : null;
  } catch {
    return null;
  }
}
