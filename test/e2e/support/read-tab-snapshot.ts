import type { Page } from 'puppeteer-core';
import { panelPortName, type TabSnapshot } from '../../../src/shared/protocol.ts';

/**
 * The background's whole state for a tab, read the way a panel reads it: connect the panel port and take the
 * snapshot it sends first. Runs in an extension page.
 */
export function readTabSnapshot(extensionPage: Page, tabId: number): Promise<TabSnapshot> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<TabSnapshot>((resolve) => {
        const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
        const port = runtime.connect({ name });
        port.onMessage.addListener((message: { type: string; snapshot?: TabSnapshot }) => {
          if (message.type !== 'snapshot' || !message.snapshot) return;
          port.disconnect();
          resolve(message.snapshot);
        });
      }),
    panelPortName(tabId),
  );
}
