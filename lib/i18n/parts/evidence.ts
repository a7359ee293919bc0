// The catalogue's strings for evidence files (佐证材料): part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

export const evidence = {
  heading: '佐证材料',
  hint: (files: number, mb: number) =>
    `可附现场照片、验收单、合同、名单等（照片、PDF、Word/Excel/WPS），最多${files}个，每个不超过${mb}MB。先写说明，再选择文件或拍照。`,
  caption: '文件说明',
  captionPlaceholder: '如：东海道施工现场、竣工验收单',
  choose: '选择文件',
  takePhoto: '拍照',
  uploading: (name: string, pct: number) => `正在上传“${name}”：${pct}%`,
  attached: '已上传',
  remove: '移除',
  removed: (caption: string) => `已移除“${caption}”`,
  open: (caption: string) => `查看：${caption}`,
  kind: { image: '照片', pdf: 'PDF', document: '文档' } as Record<'image' | 'pdf' | 'document', string>,
};
