import { effect } from '@preact/signals';
import type { PanelStore } from '../panel-store.ts';

/** Leave the browser this much of each idle period. */
const RESERVE_MS = 2;

/** Index of the first frame whose id is above `id` (ids grow in capture order). */
function firstAfter(frames: readonly { readonly id: number }[], id: number): number {
  let low = 0;
  let high = frames.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((frames[middle]?.id ?? 0) <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Parses the JMAP type of new frames while the panel is idle, so the first filter by type finds them cached instead
 * of parsing 100 000 frames at once. Returns a stop function.
 */
export function warmFrameTypesWhenIdle(store: PanelStore): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let warmedUpTo = 0;
  let pending: number | undefined;
  const work = (deadline: IdleDeadline) => {
    pending = undefined;
    const frames = store.frameIndex.peek().all;
    if ((frames.at(-1)?.id ?? 0) < warmedUpTo) warmedUpTo = 0;
    let index = firstAfter(frames, warmedUpTo);
    for (; index < frames.length && deadline.timeRemaining() > RESERVE_MS; index += 1) {
      const frame = frames[index];
      if (frame) store.typeOf(frame);
      warmedUpTo = frame?.id ?? warmedUpTo;
    }
    if (index < frames.length) pending = requestIdleCallback(work);
  };
  const stop = effect(() => {
    void store.frameIndex.value;
    pending ??= requestIdleCallback(work);
  });
  return () => {
    stop();
    if (pending !== undefined) cancelIdleCallback(pending);
  };
}
