import type { Page } from 'puppeteer-core';
import type { JmapServer } from '../../server/server-types.ts';
import { startJmapServer } from '../../server/start-jmap-server.ts';
import { ALICE_JWT } from '../../server/users.ts';
import { type BrowserName, ExtensionHarness, waitForRows } from './extension-harness.ts';
import { requestStatus } from './panel-frame.ts';

export interface RefusedCapture {
  readonly stalwart: JmapServer;
  readonly harness: ExtensionHarness;
  /** The demo page's address: a token in the URL, no proxy to turn it into a header. */
  readonly demo: string;
  /** The panel of the demo's tab, opened as an extension page. */
  readonly panel: Page;
  /** The connection the server refused with 401. */
  readonly refusedId: string;
}

/** A Stalwart-like server, a browser with the extension, the demo page it refuses with 401, and that tab's panel. */
export async function openRefusedCapture(name: BrowserName): Promise<RefusedCapture> {
  const stalwart = await startJmapServer({ flavor: 'stalwart' });
  const harness = await ExtensionHarness.launch(name).catch(async (error: unknown) => {
    await stalwart.close();
    throw error;
  });
  const demo = `${stalwart.url}/demo/?mode=access_token&token=${ALICE_JWT}`;
  // The background must be up before the page's first handshake, or webRequest misses it (a fresh install).
  await requestStatus(await harness.api());
  const page = await harness.browser.newPage();
  await page.goto(demo);
  const panel = await harness.openPanelFor(demo);
  const rows = await waitForRows(panel, 'the refused connection', (shown) => shown.some((row) => row.status === '401'));
  return { stalwart, harness, demo, panel, refusedId: rows.find((row) => row.status === '401')?.id ?? '' };
}
