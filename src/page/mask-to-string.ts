import { FROM_OTHER_FRAME, frameAsker } from './ask-other-frames.ts';
import type { Natives } from './natives.ts';
import { transparentProxy } from './transparent-proxy.ts';

type AnyFunction = (...args: never[]) => unknown;

/**
 * Makes `Function.prototype.toString` answer for each wrapper in `wrappers` exactly what it answers for the native in
 * `originals` at the same index, and for itself what the native `toString` answers. A proxy the native calls
 * anonymous may be another frame's hook: those frames are asked. Everything else is passed through untouched.
 */
export function maskToString(natives: Natives, wrappers: readonly object[], originals: readonly object[]): void {
  const functionPrototype = natives.global.Function.prototype;
  const descriptor = natives.ownDescriptor(functionPrototype, 'toString');
  const nativeToString = descriptor?.value as AnyFunction;
  const anonymous = natives.apply(nativeToString, new natives.Proxy(() => undefined, natives.bare({})), []);
  const askOtherFrames = frameAsker(natives);
  const reveal = (self: unknown): unknown => {
    if (self === proxy) return nativeToString;
    for (let index = 0; index < wrappers.length; index++) if (self === wrappers[index]) return originals[index];
    return self;
  };
  const proxy = transparentProxy(natives, nativeToString, {
    apply: (target: AnyFunction, self: unknown, args: unknown[]) => {
      const revealed = reveal(self);
      const text = natives.apply(target, revealed, args);
      if (revealed !== self || text !== anonymous || (args.length > 0 && args[0] === FROM_OTHER_FRAME)) return text;
      return askOtherFrames(self, anonymous) ?? text;
    },
  });
  Object.defineProperty(functionPrototype, 'toString', { ...descriptor, value: proxy });
}
