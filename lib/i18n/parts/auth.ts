// The catalogue's strings for sign-in: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

export const auth = {
  login: '登录',
  logout: '退出',
  heading: '登录督办系统',
  username: '用户名',
  password: '密码',
  submit: '登录',
  /** "区民政局 李四"; a name that already says the role (区督查室) is said once. */
  signedInAs: (name: string, roleOrUnit: string) => (name === roleOrUnit || name.startsWith(roleOrUnit) ? name : `${roleOrUnit} ${name}`),
  forbiddenPage: '您没有权限查看此页面。',
  signInFirst: '请先登录后查看此页面。',
};
