// The catalogue's strings for the plausibility marks a figure gets (the update form warns, the review
// asks to verify): part of `t.review` (./review composes them), in a module of their own so the update
// form carries these strings only. The marks only the review page shows are composed in ../zh-CN.
export const plausibility = {
  check: '请核实',
  // The marks the update form shows before submitting; the review page's others are composed in ../zh-CN.
  flags: {
    over_target: '超过年度目标50%以上',
    more_than_double: '超过上次审核通过数值的2倍',
  } satisfies Record<Exclude<import('@/lib/domain/plausibility').FigureFlag, 'decrease'>, string>,
};
