import { signal } from '@preact/signals';
import type { BackgroundStatus, BackgroundToPanel } from '../shared/protocol.ts';

export type LinkState = 'connecting' | 'connected' | 'disconnected';

export function createPanelStore(tabId: number | undefined) {
  return {
    tabId,
    link: signal<LinkState>('connecting'),
    background: signal<BackgroundStatus | undefined>(undefined),
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** Pure reaction to one background message. */
export function applyBackgroundMessage(store: PanelStore, message: BackgroundToPanel): void {
  if (message.type === 'background-status') {
    store.background.value = message.status;
    store.link.value = 'connected';
  }
}
