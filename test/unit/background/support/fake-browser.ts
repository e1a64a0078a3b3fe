import type { Runtime } from 'webextension-polyfill';
import { fakeLocalStorage } from './fake-local-storage.ts';
import { fakeSessionRules } from './fake-session-rules.ts';
import { fakeWebRequest } from './fake-web-request.ts';
import { MemorySessionArea } from './memory-session-area.ts';

type Listener = (...args: never[]) => unknown;

/** An event with `addListener`, whose listeners a test calls through `emit`. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (listener: Listener) => listeners.push(listener),
    emit: (...args: unknown[]) => listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args)),
  };
}

export const EXTENSION_ID = 'hhfoipoeepcaljcejndchlcchbjcalkl';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export const extensionPage = (path = '/panel.html?tabId=7'): Runtime.MessageSender => ({
  id: EXTENSION_ID,
  url: `${EXTENSION_ORIGIN}${path}`,
});

/** The parts of the `browser` namespace the background uses, for `vi.mock('webextension-polyfill')`. */
export function fakeBrowser() {
  const web = fakeWebRequest('chromium');
  let local = fakeLocalStorage();
  let rules = fakeSessionRules();
  const browser = {
    declarativeNetRequest: rules.api,
    storage: { session: new MemorySessionArea(), local: local.local, onChanged: local.onChanged },
    webRequest: web.webRequest,
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `${EXTENSION_ORIGIN}${path}`,
      getManifest: () => ({ version: '0.1.0' }),
      onConnect: fakeEvent(),
      onMessage: fakeEvent(),
    },
    tabs: { onUpdated: fakeEvent(), onRemoved: fakeEvent() },
  };
  /** Forgets every registered listener, before a fresh import of the background (a restarted worker). */
  const reset = (area = new MemorySessionArea(), localItems: Record<string, unknown> = {}) => {
    browser.storage.session = area;
    local = fakeLocalStorage(localItems);
    browser.storage.local = local.local;
    browser.storage.onChanged = local.onChanged;
    rules = fakeSessionRules();
    browser.declarativeNetRequest = rules.api;
    for (const event of [
      browser.runtime.onConnect,
      browser.runtime.onMessage,
      browser.tabs.onUpdated,
      browser.tabs.onRemoved,
    ]) {
      event.listeners.length = 0;
    }
    web.registered.clear();
  };
  return { browser, fire: web.fire, reset, sessionRules: () => rules.rules };
}
