import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('csv', () => {
  it('quotes, escapes, keeps nulls blank, starts with a BOM', () => {
    const out = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [null, 3],
        ['多行\n文本', '=SUM(A1)'],
      ],
    );
    expect(out).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n"多行\n文本",\'=SUM(A1)\r\n');
  });
});
