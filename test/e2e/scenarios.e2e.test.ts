import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { JmapServer } from '../server/server-types.ts';
import { startJmapServer } from '../server/start-jmap-server.ts';
import { ALICE, ALICE_JWT, basicCredentials } from '../server/users.ts';
import { type ConvertingProxy, startConvertingProxy } from './support/converting-proxy.ts';
import { type BrowserName, ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { readDetail } from './support/panel-detail.ts';
import type { PanelRow } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';
import { type SameOriginProxy, startSameOriginProxy } from './support/same-origin-proxy.ts';

/**
 * SCENARIOS.md end to end: the TMail-like demo page talks to the test servers in a real browser with the built
 * extension, and the panel (opened as `panel.html?tabId=N`) must show the right strategy, status, findings, causes.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: SCENARIOS in the panel', (name) => {
  let harness: ExtensionHarness;
  const servers: Partial<Record<'tmail' | 'stalwart' | 'james', JmapServer>> = {};
  let proxy: ConvertingProxy;
  let sameOrigin: SameOriginProxy;

  beforeAll(async () => {
    servers.tmail = await startJmapServer({ flavor: 'tmail-backend' });
    servers.stalwart = await startJmapServer({ flavor: 'stalwart' });
    servers.james = await startJmapServer({ flavor: 'james' });
    proxy = await startConvertingProxy(servers.stalwart.url);
    sameOrigin = await startSameOriginProxy(servers.stalwart.url);
    harness = await ExtensionHarness.launch(name);
  });
  afterAll(async () => {
    await harness?.close();
    await proxy?.close();
    await sameOrigin?.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  });

  async function openDemo(url: string): Promise<{ page: Page; panel: Page }> {
    const page = await harness.browser.newPage();
    await page.goto(url);
    const panel = await harness.openPanelFor(url);
    return { page, panel };
  }

  const one = (rows: PanelRow[], status: string) => rows.some((row) => row.status === status);

  test('F1: TMail master mints a ticket and connects with it', async () => {
    const { panel } = await openDemo(`${servers.tmail?.url}/demo/?mode=upstream`);
    const [row] = await waitForRows(panel, 'the ticket connection', (rows) => one(rows, '101'));
    expect(row).toMatchObject({ strategy: 'ticket', status: '101' });
    const detail = await readDetail(panel, row?.id ?? '');
    expect(detail.findings).toContainEqual({ kind: 'credential-in-url', severity: 'low' });
    expect(detail.causes).toEqual([]);
  });

  test('F2: an access_token converted into a header by a proxy', async () => {
    const ws = encodeURIComponent(`${proxy.origin.replace('http', 'ws')}/jmap/ws`);
    const { panel } = await openDemo(`${servers.stalwart?.url}/demo/?mode=access_token&token=${ALICE_JWT}&ws=${ws}`);
    const [row] = await waitForRows(panel, 'the proxied connection', (rows) => one(rows, '101'));
    expect(row).toMatchObject({ strategy: 'query-access-token', status: '101' });
    const detail = await readDetail(panel, row?.id ?? '');
    expect(detail.findings).toContainEqual({ kind: 'credential-in-url', severity: 'high' });
    expect(detail.findings).toContainEqual({ kind: 'cleartext-transport', severity: 'critical' });
    expect(detail.causes).toEqual([]);
  });

  test('F3 outcome B: Basic credentials in the URL, straight to a header-only server: 401 behind the 1006', async () => {
    const { panel } = await openDemo(`${servers.stalwart?.url}/demo/?mode=basic`);
    const rows = await waitForRows(panel, 'the refused attempts', (shown) => one(shown, '401'));
    const row = rows.find((shown) => shown.status === '401');
    expect(row?.strategy).toBe('query-authorization');
    const detail = await readDetail(panel, row?.id ?? '');
    expect(detail.findings).toContainEqual({ kind: 'basic-credentials-in-url', severity: 'critical' });
    expect(detail.causes).toContain('auth-header-missing');
  });

  /**
   * No extension help: an XHR with user and password fills the browser's HTTP auth cache for the origin, and both
   * browsers replay it on the same-origin handshake. Firefox shows it to webRequest; Chromium adds it after
   * webRequest reports the headers, so there the panel must say that a credential may have gone unseen.
   */
  test('F4: cached Basic credentials of the origin replayed on the handshake', async () => {
    const stalwart = servers.stalwart as JmapServer;
    stalwart.control.clearRequests();
    const page = await harness.browser.newPage();
    await page.goto(sameOrigin.pageUrl);
    const opened = await page.evaluate(async (user) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', '/jmap/session', true, user.username, user.password);
      await new Promise((resolve) => {
        xhr.onloadend = resolve;
        xhr.send();
      });
      const socket = new WebSocket(`${location.origin.replace('http', 'ws')}/jmap/ws`, ['jmap']);
      return new Promise((resolve) => {
        socket.onopen = () => resolve(true);
        socket.onerror = () => resolve(false);
      });
    }, ALICE);
    expect(opened).toBe(true);
    // Other pages of this suite may still reconnect to the same server: take the upgrade this page's origin sent.
    const upgrade = stalwart.control
      .requests()
      .find(
        (request) =>
          request.upgrade &&
          request.headers.some(([name, value]) => /^origin$/i.test(name) && value === sameOrigin.origin),
      );
    const authorization = upgrade?.headers.find(([header]) => header.toLowerCase() === 'authorization');
    expect(authorization?.[1]).toBe(`Basic ${basicCredentials(ALICE)}`);
    const panel = await harness.openPanelFor(sameOrigin.pageUrl);
    const [row] = await waitForRows(panel, 'the Basic connection', (rows) => one(rows, '101'));
    const detail = await readDetail(panel, row?.id ?? '');
    expect(detail.causes).toEqual([]);
    if (name === 'firefox') {
      expect(row).toMatchObject({ strategy: 'header-basic', status: '101' });
      expect(detail.findings).toEqual([{ kind: 'cleartext-transport', severity: 'critical' }]);
      return;
    }
    expect(row).toMatchObject({ strategy: 'none', status: '101' });
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-tab="overview"]')?.click());
    const overview = await poll('the Overview', () =>
      panel.evaluate(() => document.querySelector('[data-testid="overview"]')?.textContent ?? undefined),
    );
    expect(overview).toMatch(/Chromium adds the Authorization of its HTTP auth cache/);
  });

  test('F5b: no credentials at all on stock James, retried at once without backoff', async () => {
    const { panel } = await openDemo(`${servers.james?.url}/demo/?mode=none`);
    const rows = await waitForRows(
      panel,
      'four refused attempts',
      (shown) => shown.filter((r) => r.status === '401').length >= 4,
    );
    expect(rows.every((row) => row.strategy === 'none')).toBe(true);
    const detail = await readDetail(panel, rows.at(-1)?.id ?? '');
    expect(detail.causes).toEqual(expect.arrayContaining(['auth-header-missing', 'reconnect-loop']));
  });

  test('F6: the server closes right after the upgrade', async () => {
    const tmail = servers.tmail as JmapServer;
    const page = await harness.browser.newPage();
    const url = `${tmail.url}/demo/?mode=upstream&closeTest=1`;
    const opened = tmail.control.stats().upgradesAccepted;
    await page.goto(url);
    await poll('the upgrade', async () => (tmail.control.stats().upgradesAccepted > opened ? true : undefined));
    tmail.control.closeAll({ terminate: true });
    const panel = await harness.openPanelFor(url);
    const rows = await waitForRows(panel, 'the closed connection and its retry', (shown) => shown.length >= 2);
    const detail = await readDetail(panel, rows[0]?.id ?? '');
    expect(detail.causes).toContain('closed-immediately');
  });
});
