// The catalogue's strings every form field shows (components/forms/field): part of `t.form`
// (./update-form composes them), in a module of their own so a form carries these strings only.
export const fieldStrings = {
  errorSummary: '请修改以下问题后再提交',
  /** Asked before a link leaves a form with what was typed not sent (components/forms/use-leave-guard.ts). */
  leaveUnsent: '本页填写的内容尚未提交，离开后将丢失。确定离开吗？',
};
