import type { Runtime } from 'webextension-polyfill';
import type { BackgroundToPanel } from '../shared/protocol.ts';

/** Open panel ports by inspected tab. A tab may have several (DevTools panel and a pop-out window). */
export class PanelRegistry {
  readonly #ports = new Map<number, Set<Runtime.Port>>();

  add(tabId: number, port: Runtime.Port): void {
    const ports = this.#ports.get(tabId) ?? new Set();
    ports.add(port);
    this.#ports.set(tabId, ports);
    port.onDisconnect.addListener(() => this.#remove(tabId, port));
  }

  tabIds(): number[] {
    return [...this.#ports.keys()].sort((a, b) => a - b);
  }

  has(tabId: number): boolean {
    return this.#ports.has(tabId);
  }

  post(tabId: number, message: BackgroundToPanel): void {
    for (const port of this.#ports.get(tabId) ?? []) {
      try {
        port.postMessage(message);
      } catch {
        this.#remove(tabId, port);
      }
    }
  }

  #remove(tabId: number, port: Runtime.Port): void {
    const ports = this.#ports.get(tabId);
    ports?.delete(port);
    if (ports?.size === 0) this.#ports.delete(tabId);
  }
}
