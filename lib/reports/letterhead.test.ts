import { describe, expect, it } from 'vitest';
import { appendixHeadings } from './letterhead';

const TABLE = '盐田区2023年十件重点民生实事上半年完成情况一览表';
const EVIDENCE = '佐证材料清单';
const model = (evidence: boolean) => ({ planTitle: '盐田区2023年十件重点民生实事', kind: 'H1' as const, asOf: '2023-06-30', evidence: evidence ? [{} as never] : [] });

describe('appendixHeadings (附件 headings as the 附件说明 numbers them, GB/T 9704)', () => {
  it('the default 附件说明: "附件" alone for one, numbered for two', () => {
    expect(appendixHeadings(model(false), [TABLE])).toEqual({ table: '附件', evidence: null });
    expect(appendixHeadings(model(true), [TABLE, EVIDENCE])).toEqual({ table: '附件1', evidence: '附件2' });
  });

  it('a 附件 the office adds (photos sent on paper) numbers the one in the file as the 附件说明 does', () => {
    expect(appendixHeadings(model(false), [TABLE, '各项目现场照片'])).toEqual({ table: '附件1', evidence: null });
    expect(appendixHeadings(model(false), ['各项目现场照片', TABLE])).toEqual({ table: '附件2', evidence: null });
    expect(appendixHeadings(model(true), ['各项目现场照片', TABLE, EVIDENCE])).toEqual({ table: '附件2', evidence: '附件3' });
    expect(appendixHeadings(model(true), [EVIDENCE, TABLE])).toEqual({ table: '附件2', evidence: '附件1' });
  });

  it('a name matched with its spaces trimmed', () => {
    expect(appendixHeadings(model(false), [` ${TABLE} `, '照片'])).toEqual({ table: '附件1', evidence: null });
  });

  it('a 附件 renamed in the 附件说明 is taken to be at its own place', () => {
    expect(appendixHeadings(model(false), ['完成情况一览表'])).toEqual({ table: '附件', evidence: null });
    expect(appendixHeadings(model(false), ['完成情况一览表', '照片'])).toEqual({ table: '附件1', evidence: null });
    expect(appendixHeadings(model(true), ['一览表', '材料清单'])).toEqual({ table: '附件1', evidence: '附件2' });
    // The file's two 附件 against a 附件说明 of one: numbered, as the file has two.
    expect(appendixHeadings(model(true), [TABLE])).toEqual({ table: '附件1', evidence: '附件2' });
  });

  it('a 附件说明 left empty: the file numbers its own', () => {
    expect(appendixHeadings(model(false), [])).toEqual({ table: '附件', evidence: null });
    expect(appendixHeadings(model(true), [])).toEqual({ table: '附件1', evidence: '附件2' });
  });
});
