import type { Natives } from './natives.ts';

type Traps<T extends object> = Pick<ProxyHandler<T>, 'apply' | 'construct'>;
type Trap = (...args: never[]) => unknown;

/** Rethrows what `trap` throws, with the hook's frames cut from the stack where the engine allows (natives.ts). */
function hidingFrames<F extends Trap>(natives: Natives, trap: F): F {
  const hiding = ((...args: Parameters<F>) => {
    try {
      return natives.apply(trap, undefined, args);
    } catch (error) {
      natives.hideFrames(error, hiding);
      throw error;
    }
  }) as F;
  return hiding;
}

/**
 * A Proxy of a native function that behaves as the native in every way but the given traps. `arguments` and `caller`
 * are read and written with the native as receiver: Function.prototype's accessors for them refuse a proxy where they
 * accept the native. Every other key keeps the page's receiver, so a page-defined getter sees the page's WebSocket,
 * never the hidden native. Errors leave the traps without the hook's stack frames where possible.
 */
export function transparentProxy<T extends object>(natives: Natives, target: T, traps: Traps<T>): T {
  const receiver = (key: PropertyKey, given: unknown): unknown =>
    given === proxy && (key === 'arguments' || key === 'caller') ? target : given;
  const handler: ProxyHandler<T> = natives.bare({
    get: (native: T, key: PropertyKey, given: unknown) => natives.get(native, key, receiver(key, given)),
    set: (native: T, key: PropertyKey, value: unknown, given: unknown) =>
      natives.set(native, key, value, receiver(key, given)),
  });
  if (traps.apply) handler.apply = hidingFrames(natives, traps.apply);
  if (traps.construct) handler.construct = hidingFrames(natives, traps.construct);
  const proxy: T = new natives.Proxy(target, handler);
  return proxy;
}
