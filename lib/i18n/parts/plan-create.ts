// The catalogue's strings for a plan year's creation and transition: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

import { planFields } from './plan-fields';

export const planCreate = {
  transition: { ACTIVE: '启用（执行中）', ARCHIVED: '归档' } satisfies Record<'ACTIVE' | 'ARCHIVED', string>,
  confirmTransition: {
    ACTIVE:
      '启用后各责任单位即可报送该年度进展，上一年度仍可同时执行（年初交接期间两个年度可同时为执行中）。总览、挂图作战、半年对标、领导驾驶舱和各单位的“我的任务”默认显示今天所在的年度；今天不在该年度内时，在该年度有第一份审核通过的报送之前仍默认显示原年度。尚无报送的年度显示为“未开始报送”，其他年度可随时通过“年度”选择查看。',
    ARCHIVED: '归档后该年度只读，不再接受进展报送。',
  } satisfies Record<'ACTIVE' | 'ARCHIVED', string>,
  ...planFields,
  source: '创建方式',
  sources: { empty: '空白年度', copy: '复制往年计划' } satisfies Record<'empty' | 'copy', string>,
  from: '复制自',
  submitCreate: '创建',
};
