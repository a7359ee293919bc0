// A plan year's own fields (its year, its name): part of `t.plan` through ./plan-create, in a module of their own
// so the import form, which asks for them, does not carry the creation form's other strings.
export const planFields = {
  year: '年度',
  title: '名称',
  /** The name a year gets when the form's name is left empty (lib/validation/plan.ts). */
  titlePlaceholder: (y: number) => `盐田区${y}年十件重点民生实事`,
  /** The name field's placeholder: the name follows the year chosen. */
  titleAuto: '留空则为“盐田区（年度）年十件重点民生实事”',
};
