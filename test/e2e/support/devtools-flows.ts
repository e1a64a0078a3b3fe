import type { Frame, Page } from 'puppeteer-core';
import { findQueryParam, queryParams } from '../../../src/core/url/query-params.ts';
import type { TabSnapshot } from '../../../src/shared/protocol.ts';
import type { JmapServer } from '../../server/server-types.ts';
import { startJmapServer } from '../../server/start-jmap-server.ts';
import { openChromiumPanel } from './chromium-devtools.ts';
import type { ExtensionHarness } from './extension-harness.ts';
import { openFirefoxPanel } from './firefox-devtools.ts';
import { type PageServer, startPageServer } from './page-server.ts';
import { requestStatus } from './panel-frame.ts';
import { poll } from './poll.ts';

export const PANEL_TITLE = 'JMAP Push';

export interface DevtoolsServers {
  readonly tmail: JmapServer;
  readonly stalwart: JmapServer;
  /** A plain page to open DevTools on before the demo loads. */
  readonly blank: PageServer;
  close(): Promise<void>;
}

export async function startDevtoolsServers(): Promise<DevtoolsServers> {
  const [tmail, stalwart, blank] = await Promise.all([
    startJmapServer({ flavor: 'tmail-backend' }),
    startJmapServer({ flavor: 'stalwart' }),
    startPageServer(),
  ]);
  return {
    tmail,
    stalwart,
    blank,
    close: async () => {
      await Promise.all([tmail.close(), stalwart.close(), blank.close()]);
    },
  };
}

/** The ticket connection, and the mint whose answer carried the ticket of its URL. */
export function ticketLink(snapshot: TabSnapshot) {
  const connection = snapshot.connections.find((candidate) => candidate.handshake.status === 101);
  const ticket = connection && findQueryParam(queryParams(connection.handshake.url), 'ticket')?.value;
  const mint = snapshot.ticketMints.find((candidate) => ticket !== undefined && candidate.ticket?.value === ticket);
  return connection && mint ? { connection, mint } : undefined;
}

/** Resolves once the demo page logged that it found no push transport (upstream TMail's gate failed). */
export function demoGaveUp(page: Page): Promise<true> {
  return poll('the demo to find no push transport', () =>
    page.evaluate(() =>
      (window as unknown as { tmailDemo: { entries: { kind: string }[] } }).tmailDemo.entries.some(
        (entry) => entry.kind === 'no-push',
      )
        ? true
        : undefined,
    ),
  );
}

/**
 * Chromium: DevTools with our panel shown, opened on a blank page, then the tab loads `url` (devtools.network
 * reports only requests made while DevTools is open). Returns the panel's frame inside DevTools.
 */
export async function inspectInChromium(
  harness: ExtensionHarness,
  blank: PageServer,
  url: string,
): Promise<{ page: Page; panel: Frame; tabId: number }> {
  const page = await harness.browser.newPage();
  await page.goto(blank.origin);
  const panel = await openChromiumPanel(page, harness.origin, PANEL_TITLE);
  await poll('the panel to reach the background', () =>
    panel.evaluate(() =>
      document.querySelector('[data-testid="background-link"]')?.getAttribute('data-link') === 'connected'
        ? true
        : undefined,
    ),
  );
  await page.goto(url);
  const tabId = await panel.evaluate(() => chrome.devtools.inspectedWindow.tabId);
  return { page, panel, tabId };
}

/**
 * Firefox: the real toolbox with our panel selected, then the tab loads `url`. The toolbox panel's DOM is out of
 * BiDi's reach (TOOLCHAIN §5), so this waits until that panel connected to the background for the inspected tab.
 */
export async function inspectInFirefox(
  harness: ExtensionHarness,
  blank: PageServer,
  url: string,
): Promise<{ page: Page; tabId: number; api: Page; toolId: string }> {
  const page = await harness.browser.newPage();
  await page.goto(blank.origin);
  const toolId = await poll('the toolbox to show the panel', () =>
    openFirefoxPanel(harness.browser, `${blank.origin}/`, PANEL_TITLE),
  );
  await page.goto(url);
  const tabId = await harness.tabIdOf(url);
  const api = await harness.api();
  // Asked before any snapshot is read: readTabSnapshot itself connects a panel port for the tab.
  await poll('the toolbox panel to connect for the inspected tab', async () =>
    (await requestStatus(api)).panelTabIds.includes(tabId) ? true : undefined,
  );
  return { page, tabId, api, toolId };
}
