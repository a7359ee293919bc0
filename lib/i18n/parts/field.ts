// The catalogue's strings every form field shows (components/forms/field): part of `t.form`
// (./update-form composes them), in a module of their own so a form carries these strings only.
export const fieldStrings = {
  errorSummary: '请修改以下问题后再提交',
};
