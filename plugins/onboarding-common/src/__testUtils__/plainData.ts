/** Sets an own property, even one named `__proto__`, as parsed JSON or YAML would. */
export function put(
  target: Record<string, unknown>,
  name: string,
  value: unknown,
) {
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A deep copy of plain data, so that generated values are never changed in place. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as unknown as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) put(out, k, clone(v));
    return out as T;
  }
  return value;
}
