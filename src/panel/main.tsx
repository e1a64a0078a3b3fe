import { render } from 'preact';
import browser from 'webextension-polyfill';
import { EndpointStorage } from '../shared/endpoint-storage.ts';
import { App } from './App.tsx';
import { ImportPage } from './components/ImportPage.tsx';
import { applyTheme, themeFor } from './dom/theme.ts';
import { warmFrameTypesWhenIdle } from './dom/warm-frame-types.ts';
import { extensionHost } from './extension-host.ts';
import { inspectedTabId } from './inspected-tab-id.ts';
import { connectPanelPort } from './panel-port.ts';
import { applyBackgroundMessage, createPanelStore } from './panel-store.ts';
import { openBrowserSocket } from './replay/browser-socket.ts';
import { fetchMinter } from './replay/fetch-minter.ts';
import { isReplayMessage, ReplayCoordinator } from './replay/replay-coordinator.ts';
import { ReplayService } from './replay/replay-service.ts';
import type { Send } from './store-context.ts';

const CLOCK_MS = 1_000;

function followTheme(): void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  const panels = browser.devtools?.panels;
  const update = (name = panels?.themeName) => applyTheme(document.documentElement, themeFor(name, media.matches));
  update();
  media.addEventListener('change', () => update());
  panels?.onThemeChanged?.addListener((name) => update(name));
}

function connect(store: ReturnType<typeof createPanelStore>, coordinator: () => ReplayCoordinator): Send {
  if (store.tabId === undefined) return () => {};
  const port = connectPanelPort(
    store.tabId,
    (message) => {
      if (isReplayMessage(message)) coordinator().receive(message);
      else applyBackgroundMessage(store, message);
    },
    () => {
      store.link.value = 'disconnected';
    },
  );
  return port.send;
}

/** Saved endpoints, followed as the options page edits them; their credentials are read only when a replay needs one. */
function followSavedEndpoints(replays: ReplayService): EndpointStorage {
  const endpoints = new EndpointStorage({ local: browser.storage.local, session: browser.storage.session });
  void endpoints.profiles().then((profiles) => {
    replays.saved.value = profiles;
  });
  endpoints.watch((list) => {
    replays.saved.value = list.endpoints.map((endpoint) => endpoint.profile);
  });
  replays.savedCredential = (name) => endpoints.credentialByName(name);
  return endpoints;
}

/** The panel of one inspected tab, fed by the background. */
function renderLive(root: HTMLElement, tabId: number): void {
  const store = createPanelStore(tabId);
  const send = connect(store, () => coordinator);
  const coordinator = new ReplayCoordinator(send, openBrowserSocket);
  const replays = new ReplayService(coordinator, fetchMinter);
  const endpoints = followSavedEndpoints(replays);
  warmFrameTypesWhenIdle(store);
  setInterval(() => {
    store.now.value = Date.now();
  }, CLOCK_MS);
  render(<App store={store} send={send} replays={replays} endpoints={endpoints} host={extensionHost()} />, root);
}

followTheme();
const root = document.getElementById('app');
const tabId = inspectedTabId(location.search);
if (root && tabId !== undefined) renderLive(root, tabId);
else if (root) render(<ImportPage host={extensionHost()} />, root);
