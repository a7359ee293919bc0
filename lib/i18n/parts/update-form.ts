// The catalogue's strings for the progress-update form: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).
import type { ProblemKind } from '@/lib/domain/types';

import { fieldStrings } from './field';

export const form = {
  asOf: '截至日期',
  narrative: '进展情况',
  indicators: '量化指标（累计值）',
  lastApproved: (v: string) => `上次审核通过：${v}`,
  noLastApproved: '尚无审核通过的数值',
  reason: '数值下降原因',
  milestones: '已完成的节点',
  items: '已完成的子项',
  completesTask: '本任务已全部完成',
  problems: '存在问题',
  resolve: '已解决',
  problemKind: '问题类型',
  problemText: '问题描述',
  blocking: '阻塞任务推进',
  chooseKind: '请选择',
  problemsText: '其他问题说明',
  nextSteps: '下一步措施',
  notices: '答复督办通知',
  submit: '提交审核',
  submitting: '提交中…',
  backToTask: '返回任务页',
  ...fieldStrings,
  target: (v: string) => `年度目标：${v}`,
  reasonFor: (name: string) => `${name}：数值下降原因`,
};

export const problemKind = {
  PRELIMINARY: '前期工作未完成',
  COORDINATION: '协调推进力度不足',
  PUBLICITY: '宣传推广不足',
  OTHER: '其他问题',
} satisfies Record<ProblemKind, string>;
