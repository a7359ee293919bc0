import { describe, expect, it } from 'vitest';
import { cleanText } from './text';

describe('the one text cleaner', () => {
  it.each([
    ['controls', 'a\u0000b\u0007c\u001b[31md\u007f', 'abc[31md'],
    ['C1 controls: NEL becomes a newline, CSI goes', 'a\u0085b\u009Bc', 'a\nbc'],
    ['bidirectional overrides and marks', 'a\u202Eb\u202Dc\u200Ed\u200Fe\u061Cf\u2066g\u2069', 'abcdefg'],
    ['zero-width space, word joiner, BOM, soft hyphen', 'a\u200Bb\u2060c\uFEFFd\u00ADe', 'abcde'],
    ['tag characters', 'a\u{E0041}\u{E0042}\u{E007F}b', 'ab'],
    ['line and paragraph separators become newlines', 'a\u2028b\u2029c\r\nd\re', 'a\nb\nc\nd\ne'],
    ['blank look-alikes', 'a\u3164b\u180Ec\u115Fd\uFFA0e\u2800f', 'abcdef'],
    ['tabs and newlines stay', '第一行\n\t第二行', '第一行\n\t第二行'],
    ['Chinese text and full-width punctuation stay', '区民政局（牵头）、各街道；年底前', '区民政局（牵头）、各街道；年底前'],
    ['an emoji family stays one sequence', '👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
    ['a joiner after a variation selector inside an emoji stays', '🏳\uFE0F\u200D🌈', '🏳\uFE0F\u200D🌈'],
    ['a skin tone before a joiner', '👩🏽\u200D💻', '👩🏽\u200D💻'],
    ['a joiner between letters goes', 'a\u200Db\u200Cc', 'abc'],
    ['a joiner at the end goes', '👍\u200D', '👍'],
    ['variation selectors stay', '☎\uFE0F', '☎\uFE0F'],
  ])('%s', (_name, input, expected) => expect(cleanText(input)).toBe(expected));
});
