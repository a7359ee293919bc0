// Objects shared between requests (cached snapshots and evaluations) are frozen all the way down:
// a screen that tried to sort or edit one in place would throw at once instead of changing what the
// next request sees.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
