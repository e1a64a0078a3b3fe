import type { Natives } from './natives.ts';

type Traps<T extends object> = Pick<ProxyHandler<T>, 'apply' | 'construct'>;

/**
 * A Proxy of a native function that behaves as the native in every way but the given traps. Property reads and writes
 * are forwarded with the native as receiver when the receiver is the proxy itself: otherwise accessors up the chain,
 * such as Function.prototype's `arguments` and `caller`, would see the proxy and answer differently.
 */
export function transparentProxy<T extends object>(natives: Natives, target: T, traps: Traps<T>): T {
  const receiver = (given: unknown): unknown => (given === proxy ? target : given);
  const handler: ProxyHandler<T> = natives.bare({
    get: (native: T, key: PropertyKey, given: unknown) => natives.get(native, key, receiver(given)),
    set: (native: T, key: PropertyKey, value: unknown, given: unknown) =>
      natives.set(native, key, value, receiver(given)),
  });
  if (traps.apply) handler.apply = traps.apply;
  if (traps.construct) handler.construct = traps.construct;
  const proxy: T = new natives.Proxy(target, handler);
  return proxy;
}
