// The catalogue's strings for accounts and passwords: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).
import type { Role } from '@/lib/domain/types';

export const accounts = {
  nav: '单位与账号',
  heading: '责任单位与账号',
  intro:
    '区督查室在此新建或修改责任单位，新建账号、重置密码（生成一次性密码，只显示一次，用户下次登录时须修改）或停用账号。所有操作均记入留痕。单位改名、增加单位别名、设置群机器人地址也在本页完成。',
  units: '责任单位',
  unitColumns: ['代码', '名称', '账号数', '任务数', '群机器人', '修改'],
  /** Which group robots a unit's reminders go to (钉钉 with 加签 said so), or none. */
  robots: (wecom: boolean, dingtalk: boolean, signed: boolean) =>
    [wecom && '企业微信', dingtalk && (signed ? '钉钉（加签）' : '钉钉')].filter(Boolean).join('、') || '未设置',
  code: '代码（登录用户名用，小写字母或数字）',
  fullName: '全称（如 深圳市盐田区卫生健康局，可空）',
  aliases: '别名（导入计划表时按这些名称对应本单位，用“、”分隔）',
  wecom: '企业微信群机器人Webhook（可空）',
  dingtalk: '钉钉群机器人Webhook（可空）',
  dingtalkSecret: '钉钉加签密钥（SEC开头，机器人安全设置选“加签”时填写）',
  testRobots: '发送测试消息',
  robotPrefix: '机器人消息前缀（可空；钉钉设“自定义关键词”时须含该关键词）',
  name: '名称',
  newUnit: '新建单位',
  saveUnit: '保存',
  users: '账号',
  userColumns: ['用户名', '姓名/显示名', '角色', '所属单位', '状态', '操作'],
  newUser: '新建账号',
  username: '用户名',
  displayName: '显示名（区领导填姓名）',
  role: '角色',
  unit: '所属单位（责任单位账号必选）',
  noUnit: '（无）',
  createUser: '创建账号',
  active: '正常',
  inactive: '已停用',
  mustChange: '待改密码',
  officialsWithoutAccount: (names: string) =>
    `年度计划（草稿和执行中）载明的牵头区领导中，${names}尚无同名的区领导账号。新建区领导账号时“显示名”填写其姓名（或修改已有账号的显示名），其领导驾驶舱即列出“我牵头的任务”。`,
  rename: '修改显示名',
  saveName: '保存显示名',
  reset: '重置密码',
  deactivate: '停用',
  oneTime: (username: string, password: string) => `账号 ${username} 的一次性密码：${password}`,
  oneTimeHint: '请立即抄送给本人。此密码只显示这一次，用户登录后须先修改密码。',
};

export const password = {
  heading: '修改密码',
  mustChange: '您正在使用区督查室设置的一次性密码，请先设置新密码。',
  current: '当前密码',
  next: '新密码（至少10个字符）',
  confirm: '再次输入新密码',
  submit: '修改密码',
  link: '修改密码',
};

export const role = { SUPERVISOR: '区督查室', UNIT: '责任单位', LEADER: '区领导' } satisfies Record<Role, string>;
