import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabSnapshot } from '../../src/shared/protocol.ts';
import { type BrowserName, ExtensionHarness } from './support/extension-harness.ts';
import {
  connectionOf,
  count,
  expectNothingRendersAsMarkup,
  expectOnlyRealTraffic,
  expectOversizedFramesKept,
  expectPanelShowsRealSockets,
  expectRealSizesShown,
  framesOf,
  type HostileResults,
  IMG,
  LONG_PROTOCOL_EVENTS,
} from './support/hostile-checks.ts';
import { type HostileServer, startHostileServer } from './support/hostile-server.ts';
import { requestStatus, waitForElement, waitForSnapshot } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';

/**
 * Issue 3 §4 "Hostile page": a page forges the hook ↔ bridge traffic, sends oversized frames and puts markup in
 * frames, URLs, subprotocols, close reasons and handshake headers. The page must keep working, the background must
 * hold only what the real sockets carried, the panel must render nothing as markup and say what it refused.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: a hostile page', (name) => {
  let harness: ExtensionHarness;
  let server: HostileServer;

  beforeAll(async () => {
    server = await startHostileServer();
    harness = await ExtensionHarness.launch(name);
    // The background must be up before the page's first handshake, or webRequest misses it (a fresh install).
    await requestStatus(await harness.api());
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  async function runHostilePage(): Promise<HostileResults> {
    const page = await harness.browser.newPage();
    await page.goto(server.pageUrl);
    return poll(
      'the hostile page to finish',
      () =>
        page.evaluate(() => {
          const results = (window as unknown as { hostile: HostileResults }).hostile;
          return results.done ? results : undefined;
        }),
      60_000,
    );
  }

  async function settledSnapshot(results: HostileResults, tabId: number): Promise<TabSnapshot> {
    const settled = (snapshot: TabSnapshot) =>
      count(framesOf(snapshot, 'markup'), 'received') === results.frames.markup?.received &&
      count(framesOf(snapshot, 'big'), 'received') === results.frames.big?.received &&
      connectionOf(snapshot, 'markup')?.close !== undefined &&
      connectionOf(snapshot, 'markup')?.handshake.status === 101 &&
      connectionOf(snapshot, 'refused')?.handshake.status === 401 &&
      connectionOf(snapshot, 'long')?.handshake.status === 101 &&
      snapshot.dropped.rejected >= LONG_PROTOCOL_EVENTS;
    const what = 'every real frame, the closes, the refused events and the network-only socket';
    return waitForSnapshot(await harness.api(), tabId, what, settled, 60_000);
  }

  test('forged bridge traffic, oversized frames and markup: the page works, nothing forged is kept, nothing renders', async () => {
    const results = await runHostilePage();
    expect(results.failures).toEqual([]);
    expect(results.answeredHellos).toEqual([]);
    expect(results.chosenProtocol).toBe("x'onerror'1");
    expect(results.closeReason).toBe(IMG);
    expect(results.syntheticSeen).toBe(true);
    expect(results.subprotocolError).toBe('SyntaxError');

    const tabId = await harness.tabIdOf(server.pageUrl);
    const snapshot = await settledSnapshot(results, tabId);
    expectOnlyRealTraffic(snapshot, results);
    expectOversizedFramesKept(snapshot);

    const panel = await harness.openPanelFor(server.pageUrl);
    await expectPanelShowsRealSockets(panel, snapshot);
    await expectNothingRendersAsMarkup(panel);
    await expectRealSizesShown(panel, snapshot);
    const dropped = await waitForElement(panel, '[data-testid="dropped"]');
    expect(dropped.text).toContain(`${snapshot.dropped.rejected} refused`);
  }, 240_000);
});
