// The messages an upload form shows in the browser (evidence files, the plan import): part of `m`
// (../messages composes them), in a module of their own so the forms that show them carry these
// messages only — the server's refusals of a file are in ./evidence-messages.
export const uploadMessages = {
  importFailed: '导入未完成，数据库未作任何更改。请稍后重试；如仍失败，请联系系统管理员。',
  uploadFailed: '上传中断，未作任何更改。请检查网络后重试。',
  evidence: {
    caption: '请为该文件写一句说明（如“东海道施工现场”“验收单”）',
  },
};
