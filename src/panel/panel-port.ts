import browser, { type Runtime } from 'webextension-polyfill';
import { type BackgroundToPanel, type PanelToBackground, panelPortName } from '../shared/protocol.ts';

const RECONNECT_DELAY_MS = 500;

export interface PanelPort {
  /** Posts to the current port; dropped while reconnecting (the fresh snapshot then tells the truth). */
  send(message: PanelToBackground): void;
}

/**
 * Keeps a port to the background open. The MV3 service worker may be stopped at any time, which disconnects
 * every port; reconnecting wakes it again, and it answers with a fresh snapshot.
 */
export function connectPanelPort(
  tabId: number,
  onMessage: (message: BackgroundToPanel) => void,
  onDisconnect: () => void,
): PanelPort {
  let port: Runtime.Port | undefined;
  const connect = () => {
    const current = browser.runtime.connect({ name: panelPortName(tabId) });
    port = current;
    current.onMessage.addListener((message) => onMessage(message as BackgroundToPanel));
    current.onDisconnect.addListener(() => {
      port = undefined;
      onDisconnect();
      setTimeout(connect, RECONNECT_DELAY_MS);
    });
  };
  connect();
  return {
    send: (message) => {
      try {
        port?.postMessage(message);
      } catch {
        // The port died between its disconnect event and now; the reconnect is already scheduled.
      }
    },
  };
}
