import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, ExtensionHarness } from './support/extension-harness.ts';
import { requestStatus, waitForSnapshot } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';
import { startTransparencyServer, type TransparencyServer } from './support/transparency-server.ts';

const FRAMES = 5;

/**
 * A page that rewrites itself with document.open() once its socket is open, then talks on it: open() erases every
 * listener of the document and the window, the bridge's included; capture must carry on.
 */
const PAGE = `<!doctype html><title>rewritten</title><script>
  const socket = new WebSocket(location.origin.replace('http', 'ws') + '/echo', 'jmap');
  let echoed = 0;
  socket.onmessage = () => {
    echoed += 1;
    if (echoed === ${FRAMES}) socket.close(1000, 'done');
  };
  socket.onopen = () => {
    document.open();
    document.write('<!doctype html><title>rewritten</title><p>rewritten by document.open()</p>');
    document.close();
    for (let i = 0; i < ${FRAMES}; i++) socket.send(JSON.stringify({ '@type': 'Request', using: [], methodCalls: [], n: i }));
  };
  socket.onclose = () => { window.done = echoed; };
</script>`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: a page that calls document.open()', (name) => {
  let harness: ExtensionHarness;
  let server: TransparencyServer;

  beforeAll(async () => {
    server = await startTransparencyServer((path) => (path === '/rewrite' ? PAGE : undefined));
    harness = await ExtensionHarness.launch(name);
    await requestStatus(await harness.api());
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  test('every frame sent and received after the rewrite is captured, and the close', async () => {
    const url = `${server.origin}/rewrite`;
    const page = await harness.browser.newPage();
    await page.goto(url);
    const echoed = await poll('the page to finish', () => page.evaluate(() => (window as { done?: number }).done));
    expect(echoed).toBe(FRAMES);
    const tabId = await harness.tabIdOf(url);
    const snapshot = await waitForSnapshot(
      await harness.api(),
      tabId,
      'the frames and the close',
      (s) => s.frames.length === 2 * FRAMES && s.connections[0]?.close !== undefined,
    );
    expect(snapshot.connections).toHaveLength(1);
    expect(snapshot.connections[0]?.close).toMatchObject({ code: 1000, reason: 'done' });
    expect(snapshot.frames.filter((frame) => frame.dir === 'sent')).toHaveLength(FRAMES);
    expect(snapshot.frames.filter((frame) => frame.dir === 'received')).toHaveLength(FRAMES);
    expect(snapshot.dropped).toEqual({ evicted: 0, rejected: 0, lostOnRestart: 0 });
  }, 120_000);
});
