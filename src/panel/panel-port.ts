import browser from 'webextension-polyfill';
import { type BackgroundToPanel, panelPortName } from '../shared/protocol.ts';

const RECONNECT_DELAY_MS = 500;

/**
 * Keeps a port to the background open. The MV3 service worker may be stopped at any time, which disconnects
 * every port; reconnecting also wakes it again.
 */
export function connectPanelPort(
  tabId: number,
  onMessage: (message: BackgroundToPanel) => void,
  onDisconnect: () => void,
): void {
  const port = browser.runtime.connect({ name: panelPortName(tabId) });
  port.onMessage.addListener((message) => onMessage(message as BackgroundToPanel));
  port.onDisconnect.addListener(() => {
    onDisconnect();
    setTimeout(() => connectPanelPort(tabId, onMessage, onDisconnect), RECONNECT_DELAY_MS);
  });
}
