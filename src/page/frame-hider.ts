import type { Natives } from './natives.ts';

/**
 * V8 keeps an error's stack in an own accessor, which `captureStackTrace` replaces in kind; SpiderMonkey keeps it on
 * the prototype, so capturing would add an own property the page could see: there the hook's frame stays.
 */
export function frameHider(g: typeof globalThis): Natives['hideFrames'] {
  const { captureStackTrace, isError } = g.Error as ErrorConstructor & { isError?: (value: unknown) => boolean };
  const ownStack = Reflect.getOwnPropertyDescriptor(new g.Error(), 'stack')?.get;
  if (!captureStackTrace || !isError || !ownStack) return () => undefined;
  return (error, trap) => {
    if (isError(error)) captureStackTrace(error as object, trap);
  };
}
