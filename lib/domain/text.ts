// The one cleaner every text that enters the app goes through (forms and imported files alike).
// Removed: control characters (Unicode Cc) but tab and newline, format characters (Cf: zero-width
// spaces, bidirectional marks and overrides such as U+202E and U+061C, the soft hyphen, tag
// characters U+E0000–U+E007F, BOM…) and blank look-alikes (Hangul fillers, U+180E, braille blank).
// Kept: the zero-width joiner and non-joiner *inside* an emoji sequence (👨‍👩‍👧 stays one family)
// and variation selectors. Line and paragraph separators and NEL become a newline; CRLF and CR too.

const JOINERS = /[\u200C\u200D]/u;
const PICTO = /\p{Extended_Pictographic}/u;
const BLANK_LOOKALIKES = /[\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu;
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;

/** The text with unwanted characters removed (see the top of this file). */
export function cleanText(s: string): string {
  const input = s.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(BLANK_LOOKALIKES, '');
  const chars = Array.from(input);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\n' || c === '\t') {
      out += c;
      continue;
    }
    if (JOINERS.test(c)) {
      // Inside an emoji sequence: a pictograph (perhaps with a variation selector or skin tone) before, a pictograph after.
      const prev = Array.from(out)
        .reverse()
        .find((x) => !/[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/u.test(x));
      if (prev && PICTO.test(prev) && chars[i + 1] && PICTO.test(chars[i + 1]!)) out += c;
      continue;
    }
    if (CONTROL_OR_FORMAT.test(c)) continue;
    out += c;
  }
  return out;
}
