import { effect, type ReadonlySignal, signal } from '@preact/signals';

export interface Throttled<T> {
  readonly signal: ReadonlySignal<T>;
  dispose(): void;
}

/**
 * Follows `source` at most once per `delay()` milliseconds: a change after a quiet period passes at once, changes
 * within the period are folded into one that lands when it ends. Heavy derived state reads this instead of the source.
 */
export function throttledSignal<T>(source: ReadonlySignal<T>, delay: () => number, clock = Date.now): Throttled<T> {
  const out = signal(source.peek());
  let lastEmit = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = () => {
    timer = undefined;
    lastEmit = clock();
    out.value = source.peek();
  };
  const stop = effect(() => {
    void source.value;
    if (timer !== undefined) return;
    const wait = lastEmit + delay() - clock();
    if (wait <= 0) emit();
    else timer = setTimeout(emit, wait);
  });
  return {
    signal: out,
    dispose: () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
