const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Coalesces saves per tab: any number of requests made before a save starts share it, and a request made while one
 * runs gets the next one. The returned promise resolves once everything applied before the request is saved.
 * Saves of a tab start at most once per `minIntervalMs`: under heavy traffic one write carries many batches, which
 * is what keeps the cost of surviving a worker stop off the page (the bridge holds the batches until then).
 */
export class SaveScheduler {
  readonly #persist: (tabId: number) => Promise<void>;
  readonly #minIntervalMs: number;
  readonly #queued = new Map<number, Promise<void>>();
  readonly #running = new Map<number, Promise<void>>();
  readonly #lastStart = new Map<number, number>();

  constructor(persist: (tabId: number) => Promise<void>, minIntervalMs = 0) {
    this.#persist = persist;
    this.#minIntervalMs = minIntervalMs;
  }

  save(tabId: number): Promise<void> {
    const queued = this.#queued.get(tabId);
    if (queued) return queued;
    const previous = this.#running.get(tabId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const wait = (this.#lastStart.get(tabId) ?? Number.NEGATIVE_INFINITY) + this.#minIntervalMs - Date.now();
      if (wait > 0) await pause(wait);
      this.#queued.delete(tabId);
      this.#lastStart.set(tabId, Date.now());
      // A failed save (quota) must not stall capture: the data stays in memory and the bridge gets its ack.
      const run = this.#persist(tabId).catch(() => undefined);
      this.#running.set(tabId, run);
      return run;
    });
    this.#queued.set(tabId, next);
    return next;
  }
}
