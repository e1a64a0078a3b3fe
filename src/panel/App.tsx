import type { PanelStore } from './panel-store.ts';

export function App({ store }: { store: PanelStore }) {
  const status = store.background.value;
  const link = store.link.value;
  return (
    <div class="toolbar">
      <span class="title">JMAP Push Inspector</span>
      <span class="muted" data-testid="inspected-tab">
        {store.tabId === undefined ? 'no inspected tab' : `tab ${store.tabId}`}
      </span>
      <span class={link === 'connected' ? 'state-ok' : 'state-bad'} data-testid="background-link" data-link={link}>
        {link === 'connected' && status ? `background ${status.browser} v${status.version}` : `background ${link}`}
      </span>
    </div>
  );
}
