// What a plain GET form carries over from the page it is on: one hidden field per chosen filter, so
// changing one filter (a date, a year) keeps the others. Blank values are left out, as a link would.
export function KeptFields({ keep, except = [] }: { keep: Record<string, string | undefined>; except?: readonly string[] }) {
  return Object.entries(keep).map(([k, v]) => (v && !except.includes(k) ? <input key={k} type="hidden" name={k} value={v} /> : null));
}
