// The report period and the 公文 parts a publication sets: every field's message, defaults kept for
// what the form did not send, nothing forecast.
import { describe, expect, it } from 'vitest';
import { LETTERHEAD_LIMITS, parseLetterhead, parseReportPeriod, publishSchema } from './report';
import type { Letterhead } from '@/lib/domain/report';
import { m } from '@/lib/i18n/messages';

describe('parseReportPeriod', () => {
  const today = '2024-07-15';
  it('上半年 and 全年 end on 06-30 and 12-31; one not over by today is refused by the period field', () => {
    expect(parseReportPeriod({ period: 'H1' }, 2024, today)).toEqual({ ok: true, period: { year: 2024, kind: 'H1', asOf: '2024-06-30' } });
    expect(parseReportPeriod({ period: 'H1' }, 2024, '2024-06-30')).toEqual({ ok: true, period: { year: 2024, kind: 'H1', asOf: '2024-06-30' } });
    expect(parseReportPeriod({ period: 'H1' }, 2024, '2024-06-29')).toEqual({ ok: false, errors: { period: [m.periodNotOver('2024-06-30')] } });
    expect(parseReportPeriod({ period: 'FY' }, 2023, today)).toEqual({ ok: true, period: { year: 2023, kind: 'FY', asOf: '2023-12-31' } });
    expect(parseReportPeriod({ period: 'FY' }, 2024, today)).toEqual({ ok: false, errors: { period: [m.periodNotOver('2024-12-31')] } });
  });
  it('a date: required, real, in the year, not after today', () => {
    expect(parseReportPeriod({ period: 'DATE', asOf: ' 2024-07-15 ' }, 2024, today)).toEqual({
      ok: true,
      period: { year: 2024, kind: 'DATE', asOf: '2024-07-15' },
    });
    expect(parseReportPeriod({ period: 'DATE' }, 2024, today)).toEqual({ ok: false, errors: { asOf: [m.required] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '  ' }, 2024, today)).toEqual({ ok: false, errors: { asOf: [m.required] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2024-02-30' }, 2024, today)).toEqual({ ok: false, errors: { asOf: [m.badDate] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2023-07-15' }, 2024, today)).toEqual({ ok: false, errors: { asOf: [m.dateOutsideYear(2024)] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2024-07-16' }, 2024, today)).toEqual({ ok: false, errors: { asOf: [m.dateInFuture] } });
  });
  it.each([undefined, '', 'Q3', 'h1'])('period %j: choose one', (period) =>
    expect(parseReportPeriod({ period, asOf: '2024-07-01' }, 2024, today)).toEqual({ ok: false, errors: { period: [m.choosePeriod] } }),
  );
});

describe('publishSchema', () => {
  it('a correction names the snapshot it replaces and says why', () => {
    expect(publishSchema.safeParse({}).success).toBe(true);
    expect(publishSchema.safeParse({ replaces: '', note: '' }).success).toBe(true);
    expect(publishSchema.safeParse({ replaces: '3', note: '更正第5项数据' }).data).toEqual({ replaces: 3, note: '更正第5项数据' });
    const noNote = publishSchema.safeParse({ replaces: '3', note: '  ' });
    expect(noNote.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['note', m.correctionNeedsNote]]);
    expect(publishSchema.safeParse({ replaces: '0', note: '更正' }).success).toBe(false);
    expect(publishSchema.safeParse({ replaces: '1.5', note: '更正' }).success).toBe(false);
    expect(publishSchema.safeParse({ note: 'x'.repeat(5000) }).success).toBe(false);
  });
});

describe('parseLetterhead', () => {
  const defaults: Letterhead = { addressee: '区政府', issuer: '区政府督查室', signedOn: '2024-07-10', copyTo: '', attachments: ['一览表'] };
  const parse = (values: Record<string, string | undefined>) => parseLetterhead(values, defaults, '2024-06-30', '2024-07-15');

  it('a part the form did not send keeps its default', () => {
    expect(parse({})).toEqual({ ok: true, letterhead: defaults });
  });
  it('what was sent, trimmed; 主送机关 without its trailing colon; 附件 one per line, blank lines dropped', () => {
    expect(
      parse({
        addressee: ' 区委、区政府： ',
        issuer: ' 盐田区人民政府督查室 ',
        copyTo: ' 区人大办 ',
        signedOn: ' 2024-06-30 ',
        attachments: ' 一览表 \n\n 问题清单 \n',
      }),
    ).toEqual({
      ok: true,
      letterhead: {
        addressee: '区委、区政府',
        issuer: '盐田区人民政府督查室',
        copyTo: '区人大办',
        signedOn: '2024-06-30',
        attachments: ['一览表', '问题清单'],
      },
    });
    expect(parse({ addressee: '区政府:' })).toMatchObject({ ok: true, letterhead: { addressee: '区政府' } });
    expect(parse({ addressee: '区政府：办公室' })).toMatchObject({ ok: true, letterhead: { addressee: '区政府：办公室' } });
    expect(parse({ signedOn: '2024-07-15' })).toMatchObject({ ok: true, letterhead: { signedOn: '2024-07-15' } });
    expect(parse({ copyTo: '' })).toMatchObject({ ok: true, letterhead: { copyTo: '' } });
  });
  it('附件 typed as a 附件说明 reads (附件：, its number, a closing mark): the names alone, numbered by the report (GB/T 9704: no mark after a name)', () => {
    expect(parse({ attachments: '附件：1.一览表\n2. 问题清单。\n3、现场照片；\n４．验收单' })).toMatchObject({
      ok: true,
      letterhead: { attachments: ['一览表', '问题清单', '现场照片', '验收单'] },
    });
    expect(parse({ attachments: '附件2：各项目现场照片' })).toMatchObject({ ok: true, letterhead: { attachments: ['各项目现场照片'] } });
    // A number that is the name's own stays: 1.5米, 2025年; so does a name that begins with 附件.
    expect(parse({ attachments: '附件材料清单' })).toMatchObject({ ok: true, letterhead: { attachments: ['附件材料清单'] } });
    expect(parse({ attachments: '1.5米宽绿道改造清单\n2025年计划表' })).toMatchObject({
      ok: true,
      letterhead: { attachments: ['1.5米宽绿道改造清单', '2025年计划表'] },
    });
    expect(parse({ attachments: '附件：' })).toMatchObject({ ok: false, errors: { attachments: [m.attachmentNeeded] } });
  });
  it('every wrong part says so by its field, all at once', () => {
    const name = 'x'.repeat(LETTERHEAD_LIMITS.name + 1);
    expect(
      parse({
        addressee: ' ',
        issuer: name,
        copyTo: 'x'.repeat(LETTERHEAD_LIMITS.copyTo + 1),
        signedOn: '2024-06-29',
        attachments: '\n \n',
      }),
    ).toEqual({
      ok: false,
      errors: {
        addressee: [m.required],
        issuer: [m.tooLong(LETTERHEAD_LIMITS.name)],
        copyTo: [m.tooLong(LETTERHEAD_LIMITS.copyTo)],
        signedOn: [m.signedBeforePeriod('2024-06-30')],
        attachments: [m.attachmentNeeded],
      },
    });
  });
  it('the limits themselves are allowed', () => {
    expect(
      parse({
        issuer: 'x'.repeat(LETTERHEAD_LIMITS.name),
        copyTo: 'x'.repeat(LETTERHEAD_LIMITS.copyTo),
        attachments: Array.from({ length: LETTERHEAD_LIMITS.attachments }, () => 'x'.repeat(LETTERHEAD_LIMITS.attachment)).join('\n'),
      }).ok,
    ).toBe(true);
  });
  it.each([
    ['signedOn', '', m.required],
    ['signedOn', '2024-13-01', m.badDate],
    ['signedOn', '2024-07-16', m.dateInFuture],
    ['attachments', 'x'.repeat(LETTERHEAD_LIMITS.attachment + 1), m.tooLong(LETTERHEAD_LIMITS.attachment)],
    [
      'attachments',
      Array.from({ length: LETTERHEAD_LIMITS.attachments + 1 }, (_, i) => `附件${i}`).join('\n'),
      m.tooManyAttachments(LETTERHEAD_LIMITS.attachments),
    ],
  ])('%s %j: %s', (field, value, message) => expect(parse({ [field]: value })).toEqual({ ok: false, errors: { [field]: [message] } }));

  it('the 版记’s 印发机关 and 印发日期 go together: a 印发日期 only with a 印发机关, dated from the 成文日期 to today', () => {
    const printed = parse({ printedBy: ' 盐田区人民政府办公室 ', printedOn: ' 2024-07-12 ' });
    expect(printed).toEqual({ ok: true, letterhead: { ...defaults, printedBy: '盐田区人民政府办公室', printedOn: '2024-07-12' } });
    // No 印发机关: no 印发 line, whatever the date field held.
    expect(parse({ printedBy: ' ', printedOn: '2024-07-12' })).toEqual({ ok: true, letterhead: defaults });
    expect(parse({ printedBy: '', printedOn: 'not a date' })).toEqual({ ok: true, letterhead: defaults });
    // The date not sent: the 成文日期 (the form starts the field there).
    expect(parse({ printedBy: '区政府办', signedOn: '2024-07-11' })).toMatchObject({ ok: true, letterhead: { printedOn: '2024-07-11' } });
    expect(parse({ printedBy: '区政府办', printedOn: '2024-07-10' })).toMatchObject({ ok: true, letterhead: { printedOn: '2024-07-10' } });
    // The last one's 印发机关 is the default: kept when the form does not send it.
    expect(parseLetterhead({}, { ...defaults, printedBy: '区政府办', printedOn: '2024-07-10' }, '2024-06-30', '2024-07-15')).toMatchObject({
      ok: true,
      letterhead: { printedBy: '区政府办', printedOn: '2024-07-10' },
    });
  });
  it.each([
    ['', m.required],
    ['2024-02-30', m.badDate],
    ['2024-07-09', m.printedBeforeSigned],
    ['2024-07-16', m.dateInFuture],
  ])('印发日期 %j with a 印发机关: %s', (printedOn, message) =>
    expect(parse({ printedBy: '区政府办', printedOn })).toEqual({ ok: false, errors: { printedOn: [message] } }),
  );
  it('a 印发机关 too long is refused by its field; a 成文日期 that is wrong is said once, not again as the 印发日期’s', () => {
    expect(parse({ printedBy: 'x'.repeat(LETTERHEAD_LIMITS.name + 1) })).toEqual({ ok: false, errors: { printedBy: [m.tooLong(LETTERHEAD_LIMITS.name)] } });
    expect(parse({ printedBy: '区政府办', signedOn: '2024-06-01', printedOn: '2024-06-02' })).toEqual({
      ok: false,
      errors: { signedOn: [m.signedBeforePeriod('2024-06-30')] },
    });
  });
});
