/** The object without its undefined members, so what is copied or read back has exactly the keys it had. */
export function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
