import browser, { type Runtime } from 'webextension-polyfill';
import { type BackgroundStatus, isExtensionPageToBackground, tabIdOfPanelPort } from '../shared/protocol.ts';
import { PanelRegistry } from './panel-registry.ts';

const startedAt = Date.now();
const panels = new PanelRegistry();

function status(): BackgroundStatus {
  return {
    version: browser.runtime.getManifest().version,
    browser: __TARGET__,
    startedAt,
    panelTabIds: panels.tabIds(),
  };
}

browser.runtime.onConnect.addListener((port) => {
  const tabId = tabIdOfPanelPort(port.name);
  if (tabId === undefined) return port.disconnect();
  panels.add(tabId, port);
  panels.post(tabId, { type: 'background-status', status: status() });
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isExtensionPageToBackground(message)) return undefined;
  return Promise.resolve(status());
});
