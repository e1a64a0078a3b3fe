/**
 * Coalesces saves per tab: any number of requests made before a save starts share it, and a request made while one
 * runs gets the next one. The returned promise resolves once everything applied before the request is saved.
 */
export class SaveScheduler {
  readonly #persist: (tabId: number) => Promise<void>;
  readonly #queued = new Map<number, Promise<void>>();
  readonly #running = new Map<number, Promise<void>>();

  constructor(persist: (tabId: number) => Promise<void>) {
    this.#persist = persist;
  }

  save(tabId: number): Promise<void> {
    const queued = this.#queued.get(tabId);
    if (queued) return queued;
    const previous = this.#running.get(tabId) ?? Promise.resolve();
    const next = previous.then(() => {
      this.#queued.delete(tabId);
      // A failed save (quota) must not stall capture: the data stays in memory and the bridge gets its ack.
      const run = this.#persist(tabId).catch(() => undefined);
      this.#running.set(tabId, run);
      return run;
    });
    this.#queued.set(tabId, next);
    return next;
  }
}
