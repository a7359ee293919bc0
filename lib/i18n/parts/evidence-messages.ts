// The server's messages about evidence files: part of `m.evidence` (../messages composes them with the
// caption message of ./upload-messages, which the browser's picker shows). No client component imports this.
export const evidenceMessages = {
  empty: '文件为空，请重新选择。',
  type: '只能上传照片（JPG、PNG、WebP）、PDF或Word/Excel/WPS文档；该文件的内容不是这些格式（按文件内容判断，与文件名无关）。',
  too_big: (mb: number) => `单个文件不能超过${mb}MB，请压缩后重试。`,
  too_many: (n: number) => `每次报送最多附${n}个文件。`,
  quota: (mb: number) => `本单位的佐证材料已接近${mb}MB的总容量，请联系区督查室。`,
  notImage: '该图片无法读取，请换一张重试。',
  notStaged: '所附文件已失效或不属于本次报送，请重新上传。',
  notApproved: '只有审核通过的报送所附材料才能公开。',
  published: '已公开：访客可查看该材料（照片不含拍摄位置等信息）。',
  withdrawn: '已取消公开。',
  decided: '该报送已审核，所附材料不能再移除。',
  withNotice: '该材料已随督办件提交，不能再移除。',
  removedOk: '已移除该文件。',
};
