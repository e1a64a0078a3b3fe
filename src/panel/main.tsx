import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './App.tsx';
import { inspectedTabId } from './inspected-tab-id.ts';
import { connectPanelPort } from './panel-port.ts';
import { applyBackgroundMessage, createPanelStore } from './panel-store.ts';

const store = createPanelStore(inspectedTabId(location.search));
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
const devtoolsTheme = browser.devtools?.panels.themeName;
document.documentElement.dataset.theme = devtoolsTheme === 'dark' || (!devtoolsTheme && prefersDark) ? 'dark' : 'light';

if (store.tabId !== undefined) {
  connectPanelPort(
    store.tabId,
    (message) => applyBackgroundMessage(store, message),
    () => {
      store.link.value = 'disconnected';
    },
  );
}

const root = document.getElementById('app');
if (root) render(<App store={store} />, root);
