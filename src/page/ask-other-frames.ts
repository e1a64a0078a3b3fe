import type { Natives } from './natives.ts';

/** Passed to another frame's toString so that, if it is another instance of this hook, it does not ask back. */
export const FROM_OTHER_FRAME = 'jpi:ask-frame';

type Read = (self: unknown) => unknown;
export type AskOtherFrames = (fn: unknown, unknownAnswer: string) => string | undefined;

function accessor(natives: Natives, start: object, key: string): Read | undefined {
  for (let object: object | null = start; object; object = natives.getPrototypeOf(object)) {
    const get = natives.ownDescriptor(object, key)?.get;
    if (get) return (self) => natives.apply(get, self, []);
  }
  return undefined;
}

function toStringOf(natives: Natives, frame: object): unknown {
  const functionConstructor = natives.ownDescriptor(frame, 'Function')?.value as object | undefined;
  const prototype =
    functionConstructor && (natives.ownDescriptor(functionConstructor, 'prototype')?.value as object | undefined);
  return prototype && natives.ownDescriptor(prototype, 'toString')?.value;
}

/**
 * Returns a function asking the `toString` of every other same-origin frame what it answers for `fn`: a hook proxy
 * made in another frame (an iframe's WebSocket seen from its parent, or the parent's seen from a "clean" iframe) is
 * known only to the hook of its own frame. Reads only own data properties, so no page getter runs; answers undefined
 * when no frame knows better than `unknownAnswer`.
 */
export function frameAsker(natives: Natives): AskOtherFrames {
  const g = natives.global;
  const readTop = accessor(natives, g, 'top');
  const readLength = accessor(natives, g, 'length');
  return (fn, unknownAnswer) => {
    let answer: string | undefined;
    const ask = (frame: object): void => {
      try {
        const frameToString = frame === g ? undefined : toStringOf(natives, frame);
        const text =
          typeof frameToString === 'function' ? natives.apply(frameToString, fn, [FROM_OTHER_FRAME]) : unknownAnswer;
        if (text !== unknownAnswer) answer = text as string;
      } catch {
        // A cross-origin frame: its realm cannot hold anything this page holds.
      }
    };
    const visit = (frame: object): void => {
      ask(frame);
      const count = readLength ? (readLength(frame) as number) : 0;
      for (let index = 0; index < count && answer === undefined; index++) {
        visit((frame as Record<number, object>)[index] as object);
      }
    };
    try {
      if (readTop) visit(readTop(g) as object);
    } catch {
      // A frame went away during the walk: answer with what was found.
    }
    return answer;
  };
}
