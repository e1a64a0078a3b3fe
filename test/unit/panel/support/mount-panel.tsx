import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { App } from '../../../../src/panel/App.tsx';
import { DEFAULT_HOST, type PanelHost } from '../../../../src/panel/panel-host.ts';
import { applyBackgroundMessage, createPanelStore, type PanelStore } from '../../../../src/panel/panel-store.ts';
import type { TabSnapshot } from '../../../../src/shared/protocol.ts';

export const NOW = Date.parse('2026-08-20T12:00:00.000Z');

/** Renders the whole panel around a store fed with `snapshot`; analysis follows every delta (no throttle). */
export function mountPanel(
  snapshot?: TabSnapshot,
  store: PanelStore = createPanelStore(1, { throttle: false, now: NOW }),
  host: Partial<PanelHost> = {},
) {
  const send = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    if (snapshot) applyBackgroundMessage(store, { type: 'snapshot', snapshot });
    render(<App store={store} send={send} host={{ ...DEFAULT_HOST, ...host }} />, root);
  });
  return { root, store, send };
}

export function byTestId(root: ParentNode, testId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => element.click());
}

export function press(element: Element | null | undefined, key: string): void {
  if (!element) throw new Error('no element for the key press');
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function openTab(root: ParentNode, tab: string): void {
  click(root.querySelector(`[role="tab"][data-tab="${tab}"]`));
}

export function selectConnection(root: ParentNode, id: string): void {
  click(root.querySelector(`[data-connection-id="${id}"]`));
}

export function unmount(root: Element): void {
  act(() => render(null, root));
  root.remove();
}
