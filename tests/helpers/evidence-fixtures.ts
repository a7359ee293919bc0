// Real files for the evidence tests, made by the libraries that make them in the wild: a JPEG with
// EXIF and a GPS position (sharp), a PNG, a one-page PDF as a PDF writer lays it out, a DOCX (docx),
// an XLSX (exceljs), and a plain zip that is not an Office file.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';

/** A real JPEG with EXIF, a GPS position among it (IFD3 is the GPS directory). */
export const jpegWithGps = () =>
  sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#3a7' } })
    .withExif({
      IFD0: { Make: 'TestPhone', Orientation: '1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 34/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 14/1 0/1' },
    })
    .jpeg()
    .toBuffer();
export const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 4, background: '#fff' } })
    .png()
    .toBuffer();
/** A small, valid PDF (one empty page), written out as a PDF writer would. */
export const minimalPdf = () => {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objs.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};
export const docx = async () => Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('验收单')] }] })));
export const xlsx = async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('培训名单').addRow(['姓名', '科室']);
  return Buffer.from(await wb.xlsx.writeBuffer());
};
/** A zip that is not an Office file: the local file header of one stored entry, then the directory. */
export const zip = () => Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(26), Buffer.from('a.txt')]);
