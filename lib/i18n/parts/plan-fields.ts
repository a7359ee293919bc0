// A plan year's own fields (its year, its name): part of `t.plan` through ./plan-create, in a module of their own
// so the import form, which asks for them, does not carry the creation form's other strings.
export const planFields = {
  year: '年度',
  title: '名称',
  titlePlaceholder: (y: number) => `盐田区${y}年十件重点民生实事`,
};
