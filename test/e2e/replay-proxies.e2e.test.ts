import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_WS_PATH } from '../../src/core/proxy-config/parse-ws-path.ts';
import { countFiles, findLeaks, readLogs } from '../proxies/support/secret-scan.ts';
import type { RealProxy } from '../proxies/support/start-proxy.ts';
import { authorizationsSeen } from '../proxies/support/upstream-view.ts';
import { ALICE_JWT } from '../server/users.ts';
import { type BrowserName, ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { requestStatus, showDetail, waitForElement } from './support/panel-frame.ts';
import { ProxyRigs } from './support/proxy-rigs.ts';
import { clickTestId, confirmPlainWs, countRuns, openReplayTab, setField, waitForRun } from './support/replay-panel.ts';

const PROXIES: readonly RealProxy[] = ['nginx', 'caddy', 'haproxy'];

/** Proof that each proxy logged the replay's request line at all, redacted: a scan of empty logs proves nothing. */
const LOGGED_REDACTED: Record<RealProxy, (logs: string) => boolean> = {
  nginx: (logs) => logs.includes('access_token=[REDACTED]'),
  caddy: (logs) => logs.includes('access_token=REDACTED'),
  haproxy: (logs) => logs.includes(`GET ${DEFAULT_WS_PATH} HTTP/1.1`),
};

interface Captured {
  readonly panel: Page;
  readonly refusedId: string;
}

/**
 * Issue 4 §4 in real browsers: the demo page connects straight to a Stalwart-like server with `?access_token=` and is
 * refused (401, no proxy to turn it into a header). From the panel, the Diagnosis tab offers the proxy configuration;
 * the same generator's `--standalone` config runs Debian's nginx + njs, Caddy and HAProxy in front of that server;
 * the captured connection replayed through each proxy's URL gets 101, with one Authorization header upstream and no
 * credential in anything the proxy wrote.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: replaying through the real generated proxies', (name) => {
  let harness: ExtensionHarness;
  const rigs = new ProxyRigs();
  const rig = (kind: RealProxy) => rigs.get(kind);
  const captured = new Map<RealProxy, Captured>();

  /** The demo page straight to the proxy's upstream, its panel, and the id of the refused connection. */
  async function capture(kind: RealProxy): Promise<Captured> {
    const known = captured.get(kind);
    if (known) return known;
    const demo = `${rig(kind).upstream.url}/demo/?mode=access_token&token=${ALICE_JWT}`;
    const page = await harness.browser.newPage();
    await page.goto(demo);
    const panel = await harness.openPanelFor(demo);
    const rows = await waitForRows(panel, 'the refused connection', (shown) =>
      shown.some((row) => row.status === '401'),
    );
    const found = { panel, refusedId: rows.find((row) => row.status === '401')?.id ?? '' };
    captured.set(kind, found);
    return found;
  }

  beforeAll(async () => {
    await rigs.start(PROXIES);
    harness = await ExtensionHarness.launch(name);
    // The background must be up before the page's first handshake, or webRequest misses it (a fresh install).
    await requestStatus(await harness.api());
  }, 90_000);

  afterAll(async () => {
    await harness?.close();
    await rigs.stopAll();
  });

  test('Diagnosis of the 401 offers the proxy configuration, its upstream the server the page went to', async () => {
    const { panel, refusedId } = await capture('nginx');
    await showDetail(panel, 'diagnosis', refusedId);
    const why = await waitForElement(panel, '[data-testid="proxy-config-why"]');
    expect(why.data.causes).toContain('auth-header-missing');
    const shown = await panel.evaluate(() => ({
      proxy: document.querySelector<HTMLElement>('[data-testid="proxy-config"]')?.dataset.proxy,
      upstream: document.querySelector<HTMLInputElement>('[data-testid="proxy-config-upstream"]')?.value,
      files: [...document.querySelectorAll<HTMLElement>('[data-testid="proxy-config"] [data-file]')].map(
        (file) => file.dataset.file,
      ),
      redaction: document.querySelector('[data-testid="proxy-config-redaction"] pre')?.textContent ?? '',
    }));
    expect(shown).toEqual({
      proxy: 'nginx',
      upstream: rig('nginx').upstream.url,
      files: ['/etc/nginx/nginx.conf', '/etc/nginx/njs/jmap_auth.js'],
      redaction: expect.stringContaining('jmap_redacted'),
    });
  });

  for (const kind of PROXIES) {
    test(`through ${kind}: 101 where the page got 401, one Authorization upstream, no credential in its logs`, async () => {
      const proxy = rig(kind);
      const { panel, refusedId } = await capture(kind);
      await openReplayTab(panel, refusedId);
      const before = await countRuns(panel);
      proxy.upstream.control.clearRequests();
      await setField(panel, 'proxy-url', `${proxy.url.replace(/^http:/, 'ws:')}${DEFAULT_WS_PATH}`);
      await clickTestId(panel, 'proxy-url-run');
      await confirmPlainWs(panel, 'proxy-url-confirm');
      const run = await waitForRun(panel, before + 2);
      expect(['connected', 'push-works']).toContain(run.verdict);
      expect(run.compare.status).toEqual({ original: '401', replay: '101' });

      const fromExtension = proxy.upstream.control
        .requests()
        .filter(
          (request) =>
            request.upgrade &&
            request.headers.some(([header, value]) => /^origin$/i.test(header) && /extension:/.test(value)),
        );
      expect(fromExtension.map((request) => [request.url, request.status])).toEqual([[DEFAULT_WS_PATH, 101]]);
      expect(authorizationsSeen(fromExtension)).toEqual([[`Bearer ${ALICE_JWT}`]]);

      await proxy.stop();
      const texts = { 'CLI stdout': proxy.cli.stdout, 'CLI stderr': proxy.cli.stderr, 'proxy output': proxy.output() };
      expect(await countFiles(proxy.dir)).toBeGreaterThan(0);
      expect(await findLeaks(proxy.dir, texts, [ALICE_JWT])).toEqual([]);
      const logs = [...(await readLogs(proxy.dir)), proxy.output()].join('\n');
      expect(LOGGED_REDACTED[kind](logs), `${kind} logged the replay, redacted`).toBe(true);
    }, 90_000);
  }
});
