import browser, { type Runtime } from 'webextension-polyfill';
import {
  type BackgroundStatus,
  CONTENT_PORT,
  type DevtoolsToBackground,
  isExtensionPageToBackground,
  tabIdOfPanelPort,
} from '../shared/protocol.ts';
import { applyDeepEvents } from './apply-deep-events.ts';
import { createBackgroundContext } from './background-context.ts';
import { chromeDebugger } from './debugger-api.ts';
import { MATCH_WINDOW_MS } from './handshake-observation.ts';
import { observeHandshakes } from './handshake-observer.ts';
import { isDevtoolsMessage } from './message-guards.ts';
import { handleContentPort, handlePanelPort } from './ports.ts';
import { ReplayHandshakes } from './replay-handshakes.ts';
import { ReplayHeaderRules, type SessionRulesApi } from './replay-header-rules.ts';
import { ReplayRequests } from './replay-requests.ts';
import { startDeepCapture } from './start-deep-capture.ts';

// MV3: every listener is registered synchronously at the top level, so a restarted worker receives the event that
// woke it. State comes back from storage.session before any of them touches it (TabRegistry.ready).
const startedAt = Date.now();
const context = createBackgroundContext(browser.storage.session);

function status(): BackgroundStatus {
  const version = browser.runtime.getManifest().version;
  return { version, browser: __TARGET__, startedAt, panelTabIds: context.panels.tabIds() };
}

const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
/** `chrome-extension://<host>` or `moz-extension://<host>`: what declarativeNetRequest's initiatorDomains matches. */
const extensionHost = new URL(extensionOrigin).host;
const replayHandshakes = new ReplayHandshakes();
const replays = new ReplayRequests(
  context,
  replayHandshakes,
  new ReplayHeaderRules(browser.declarativeNetRequest as unknown as SessionRulesApi),
);

observeHandshakes(
  browser.webRequest,
  (tabId, observation) => {
    void context.change(tabId, (store) => store.observeHandshake(observation));
    if (observation.endedAt === undefined) return;
    setTimeout(() => {
      void context.change(tabId, (store) => store.connections.promoteUnmatched(Date.now(), store.pageUrl));
    }, MATCH_WINDOW_MS + 250);
  },
  {
    origin: extensionOrigin,
    report: (observation) => replayHandshakes.offer(observation, Date.now()),
  },
);

// Chrome only: Firefox has no debugger API.
const deepCapture =
  __TARGET__ === 'chrome'
    ? startDeepCapture({
        debuggerApi: chromeDebugger,
        storage: browser.storage.local,
        onLocalChanged: browser.storage.local.onChanged,
        panelTabIds: () => context.panels.tabIds(),
        report: (tabId, events) => void context.change(tabId, (store) => applyDeepEvents(store, events)),
      })
    : undefined;

browser.runtime.onConnect.addListener((port) => {
  if (port.name === CONTENT_PORT) handleContentPort(context, port);
  else if (port.sender && isExtensionPage(port.sender)) {
    handlePanelPort(context, port, status, replays, extensionHost);
    const tabId = tabIdOfPanelPort(port.name);
    if (tabId !== undefined) void deepCapture?.panelOpened(tabId);
  } else port.disconnect();
});

/** Our own pages only (DevTools page, panel, options), never a content script speaking for a web page. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

function onDevtoolsMessage(message: DevtoolsToBackground): Promise<void> {
  return context.change(message.tabId, (store) =>
    message.type === 'session-seen' ? store.addSession(message.session) : store.addTicketMint(message.mint),
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isExtensionPage(sender)) return undefined;
  if (isExtensionPageToBackground(message)) return Promise.resolve(status());
  return isDevtoolsMessage(message) ? onDevtoolsMessage(message).then(() => true) : undefined;
});

browser.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status !== 'loading') return;
  await context.tabs.ready; // A worker woken by this very event must see its restored tabs before it decides.
  if (!context.tabs.has(tabId)) return;
  const store = await context.tabs.get(tabId);
  if (store.preserveLog) return;
  await context.change(tabId, (tab) => tab.clear('navigation'));
  await context.sendSnapshot(tabId);
});

browser.tabs.onRemoved.addListener((tabId) => void context.forget(tabId));
