import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabSnapshot } from '../../src/shared/protocol.ts';
import { type BrowserName, ExtensionHarness } from './support/extension-harness.ts';
import { poll } from './support/poll.ts';
import { readTabSnapshot } from './support/read-tab-snapshot.ts';
import { type SequenceServer, startSequenceServer } from './support/sequence-server.ts';

const PER_SECOND = 1_000;
const SECONDS = 60;
const TOTAL = PER_SECOND * SECONDS;

function sequenceNumbers(snapshot: TabSnapshot): number[] {
  return snapshot.frames.flatMap((frame) =>
    frame.data.kind === 'text' ? [(JSON.parse(frame.data.text) as { seq: number }).seq] : [],
  );
}

/** Stops the extension's service worker the hard way, as Chromium does to idle workers (CDP ServiceWorker domain). */
async function stopServiceWorker(harness: ExtensionHarness): Promise<void> {
  const page = await harness.browser.newPage();
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: no frame lost silently', (name) => {
  let harness: ExtensionHarness;
  let server: SequenceServer;

  beforeAll(async () => {
    server = await startSequenceServer(PER_SECOND, SECONDS);
    harness = await ExtensionHarness.launch(name);
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  test(`${TOTAL} numbered frames in ${SECONDS} s, through a worker stop and a panel closed and reopened`, async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${server.origin}/`);
    const tabId = await harness.tabIdOf(`${server.origin}/`);
    let panel = await harness.openExtensionPage(`/panel.html?tabId=${tabId}`);
    await page.bringToFront();

    await poll('a third of the frames', async () => (server.sent() > TOTAL / 3 ? true : undefined), 40_000);
    if (name === 'chromium') await stopServiceWorker(harness);
    await panel.close();
    await poll('two thirds of the frames', async () => (server.sent() > (2 * TOTAL) / 3 ? true : undefined), 40_000);
    panel = await harness.openExtensionPage(`/panel.html?tabId=${tabId}`);
    await poll('every frame sent', async () => (server.sent() >= TOTAL ? true : undefined), 40_000);

    const api = await harness.api();
    const snapshot = await poll(
      'every frame stored or counted',
      async () => {
        const current = await readTabSnapshot(api, tabId);
        const { evicted, rejected, lostOnRestart } = current.dropped;
        return current.frames.length + evicted + rejected + lostOnRestart >= TOTAL ? current : undefined;
      },
      30_000,
    );
    const seqs = sequenceNumbers(snapshot);
    const { evicted, rejected, lostOnRestart } = snapshot.dropped;
    expect(seqs.length + evicted + rejected + lostOnRestart).toBe(TOTAL);
    expect(seqs.length).toBeLessThanOrEqual(snapshot.frameCap);
    // What is kept is the newest frames, in order, without a hole: everything missing was counted above.
    expect(seqs.at(-1)).toBe(TOTAL - 1);
    const holes = seqs.flatMap((seq, index) =>
      index > 0 && seq !== (seqs[index - 1] ?? 0) + 1 ? [[seqs[index - 1], seq]] : [],
    );
    expect({ holes, dropped: snapshot.dropped, kept: seqs.length, first: seqs[0] }).toMatchObject({ holes: [] });
    expect(rejected).toBe(0);
    await panel.close();
  }, 240_000);
});
