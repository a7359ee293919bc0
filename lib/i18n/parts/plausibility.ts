// The catalogue's strings for the plausibility marks a figure gets (the update form warns, the review
// asks to verify): part of `t.review` (./review composes them), in a module of their own so the update
// form carries these strings only.
export const plausibility = {
  check: '请核实',
  flags: {
    over_target: '超过年度目标50%以上',
    more_than_double: '超过上次审核通过数值的2倍',
    decrease: '低于上次审核通过的数值',
    milestone_before_last_update: '节点完成日期早于上次审核通过的报送',
    as_of_before_last_update: '截至日期早于上次审核通过的报送',
  } satisfies Record<import('@/lib/domain/plausibility').FigureFlag | import('@/lib/domain/plausibility').UpdateFlag, string>,
};
