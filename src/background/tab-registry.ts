import type { TabPersistence } from './tab-persistence.ts';
import { TabStore } from './tab-store.ts';

/** Every tab's store, restored from `storage.session` first when the background (re)starts. */
export class TabRegistry {
  readonly ready: Promise<void>;
  readonly #stores = new Map<number, TabStore>();

  constructor(persistence: TabPersistence) {
    this.ready = persistence.loadAll().then(
      (stores) => {
        for (const store of stores) this.#stores.set(store.tabId, store);
      },
      () => undefined,
    );
  }

  /** The tab's store, created on first use; resolves once restored state is in place. */
  async get(tabId: number): Promise<TabStore> {
    await this.ready;
    let store = this.#stores.get(tabId);
    if (!store) {
      store = new TabStore(tabId);
      this.#stores.set(tabId, store);
    }
    return store;
  }

  has(tabId: number): boolean {
    return this.#stores.has(tabId);
  }

  delete(tabId: number): void {
    this.#stores.delete(tabId);
  }
}
