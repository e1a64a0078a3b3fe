/** Panels get changes at most this often: one message per interval, however many frames arrived. */
export const DELTA_INTERVAL_MS = 100;

/** Calls `flush(tabId)` once per interval for each tab that changed in it. */
export class DeltaScheduler {
  readonly #flush: (tabId: number) => void;
  readonly #waiting = new Set<number>();

  constructor(flush: (tabId: number) => void) {
    this.#flush = flush;
  }

  changed(tabId: number): void {
    if (this.#waiting.has(tabId)) return;
    this.#waiting.add(tabId);
    setTimeout(() => {
      this.#waiting.delete(tabId);
      this.#flush(tabId);
    }, DELTA_INTERVAL_MS);
  }
}
