// Reading generated Office files back in tests: the tables of a .docx (from word/document.xml, with
// vertically merged cells resolved to the text of the cell they continue) and the cells of a .xlsx.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[0]);

export async function docxXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing`);
  return file.async('string');
}

/** A paragraph's text. */
const paragraphText = (p: string) =>
  all(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g, p)
    .map((t) => decode(t.replace(/<[^>]+>/g, '')))
    .join('');

/** Every paragraph of the body, as text. */
export const docxParagraphs = (xml: string): string[] => all(/<w:p[ >][\s\S]*?<\/w:p>/g, xml).map(paragraphText);

/** Every paragraph outside the tables: its text and its properties (<w:pPr>, '' when it has none). */
export const docxBodyParagraphs = (xml: string): { text: string; pPr: string }[] =>
  all(/<w:p[ >][\s\S]*?<\/w:p>/g, xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).map((p) => ({
    text: paragraphText(p),
    pPr: /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '',
  }));

/**
 * The tables of a document: rows of cells, each cell its paragraphs joined by "\n". A cell that
 * continues a vertical merge (<w:vMerge/> without "restart") takes the text of the cell above.
 */
export function docxTables(xml: string): string[][][] {
  return all(/<w:tbl>[\s\S]*?<\/w:tbl>/g, xml).map((tbl) => {
    const rows: string[][] = [];
    for (const tr of all(/<w:tr[ >][\s\S]*?<\/w:tr>/g, tbl)) {
      const cells = all(/<w:tc>[\s\S]*?<\/w:tc>/g, tr).map((tc) => {
        const merged = /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc);
        return {
          merged,
          text: all(/<w:p[ >][\s\S]*?<\/w:p>/g, tc)
            .map(paragraphText)
            .join('\n'),
        };
      });
      const above = rows.at(-1);
      rows.push(cells.map((c, i) => (c.merged && above ? above[i]! : c.text)));
    }
    return rows;
  });
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value as text ('' when empty). */
export function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}
