import type { ReplayClock } from './replay-io.ts';

/** The timers one replay has running, all cleared at once when it moves on. */
export class Timers {
  readonly #clock: ReplayClock;
  readonly #handles = new Set<unknown>();

  constructor(clock: ReplayClock) {
    this.#clock = clock;
  }

  start(ms: number, callback: () => void): void {
    const handle = this.#clock.setTimeout(() => {
      this.#handles.delete(handle);
      callback();
    }, ms);
    this.#handles.add(handle);
  }

  clear(): void {
    for (const handle of this.#handles) this.#clock.clearTimeout(handle);
    this.#handles.clear();
  }
}
