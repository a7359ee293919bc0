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

/**
 * What is derived from a shared object (a cached snapshot, an evaluation), kept as long as that
 * object is and under its `key`, frozen: a cached snapshot is the same object until the data version
 * moves (lib/data/plan.ts), so what is kept with it is never older than the data. With no owner (a
 * published report's plan, read anew), it is derived every time.
 */
const keptBy = new WeakMap<object, Map<string, unknown>>();
export function keptWith<T>(owner: object | null, key: string, derive: () => T): T {
  if (!owner) return derive();
  let byKey = keptBy.get(owner);
  if (!byKey) keptBy.set(owner, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = derive();
  if (byKey.size >= 1024) byKey.clear(); // an owner's keys: a few per page; a crawler's do not pile up
  // A promise is kept as read (its value frozen when it comes); one that fails is not kept.
  if (value instanceof Promise) {
    byKey.set(key, value.then(deepFreeze));
    value.catch(() => byKey.delete(key));
  } else byKey.set(key, deepFreeze(value));
  return byKey.get(key) as T;
}
