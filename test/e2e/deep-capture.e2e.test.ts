import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerValue } from '../../src/core/model/http-header.ts';
import type { ConnectionState, TabSnapshot } from '../../src/shared/protocol.ts';
import { startJmapServer } from '../server/start-jmap-server.ts';
import { ALICE, basicCredentials } from '../server/users.ts';
import { type DeepCaptureServer, SESSION_COOKIE, startDeepCaptureServer } from './support/deep-capture-server.ts';
import { type ChromiumWithExtension, launchChromium } from './support/launch-chromium.ts';
import { poll } from './support/poll.ts';
import { readTabSnapshot } from './support/read-tab-snapshot.ts';
import { startSameOriginProxy } from './support/same-origin-proxy.ts';

/**
 * Deep capture in real Chromium. Chromium refuses `debugger` as an optional permission ("Only permissions specified
 * in the manifest may be requested": it is flagged cannot-be-optional), so the Chrome build declares it as a
 * required permission and deep capture stays off until the options switch is turned on. The switch still asks
 * `chrome.permissions.request` on the (trusted, puppeteer) click, which Chrome grants at once for a declared
 * permission; the production build (dist/chrome) is the one tested, no test-only variant is needed.
 */
describe('Chromium: deep capture through the debugger', () => {
  let chromium: ChromiumWithExtension;
  let server: DeepCaptureServer;
  let options: Page;

  beforeAll(async () => {
    server = await startDeepCaptureServer();
    chromium = await launchChromium();
    options = await chromium.browser.newPage();
    await options.goto(`${chromium.extensionOrigin}/src/options/index.html`);
  });
  afterAll(async () => {
    await chromium?.browser.close();
    await server?.close();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const snapshot = (tabId: number): Promise<TabSnapshot> => readTabSnapshot(options, tabId);
  const header = (connection: ConnectionState | undefined, name: string) =>
    headerValue(connection?.handshake.requestHeaders, name);
  const switchState = () =>
    options.evaluate(() => document.querySelector<HTMLElement>('[data-testid="deep-capture-status"]')?.dataset.state);

  /** Whether this extension could attach the debugger to the tab itself: not when the background already has. */
  const attachProbe = (tabId: number) =>
    options.evaluate(async (id) => {
      try {
        await chrome.debugger.attach({ tabId: id }, '1.3');
        await chrome.debugger.detach({ tabId: id });
        return 'free';
      } catch (error) {
        return (error as Error).message;
      }
    }, tabId);

  /** The inspected page in a tab of its own, and the panel (as a page) open for it. */
  async function openInspectedPage(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await chromium.browser.newPage();
    const url = `${server.origin}${path}`;
    await page.goto(url);
    const tabId = await poll(`the tab of ${url}`, () =>
      options.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url),
    );
    const panel = await chromium.browser.newPage();
    await panel.goto(`${chromium.extensionOrigin}/panel.html?tabId=${tabId}`);
    return { page, tabId };
  }

  const workerConnection = (snap: TabSnapshot, script: string) =>
    snap.connections.find((connection) => connection.pageUrl === `worker: ${server.origin}/${script}`);
  const framesOf = (snap: TabSnapshot, connection: ConnectionState | undefined) =>
    snap.frames.filter((frame) => frame.connectionId === connection?.id);

  test('off by default: nothing attaches, and only what webRequest sees is known', async () => {
    await poll('the options page to read the switch', async () => ((await switchState()) === 'off' ? true : undefined));
    const { page, tabId } = await openInspectedPage('/?deep=off');
    await page.evaluate('openPageSocket(); startWorker();');
    const snap = await poll('the page socket and the worker handshake', async () => {
      const current = await snapshot(tabId);
      const upgraded = current.connections.filter((connection) => connection.handshake.status === 101);
      return upgraded.length >= 2 ? current : undefined;
    });
    expect(snap.connections.some((connection) => connection.pageUrl.startsWith('worker:'))).toBe(false);
    expect(snap.connections.some((connection) => header(connection, 'sec-websocket-key'))).toBe(false);
    expect(await attachProbe(tabId)).toBe('free');
    await page.close();
  });

  test('on: the exact request headers of a page socket, Cookie included, and its frames stored once', async () => {
    await options.bringToFront();
    await options.click('[data-testid="deep-capture-switch"]');
    await poll('the switch to turn on', async () => ((await switchState()) === 'on' ? true : undefined));
    const { page, tabId } = await openInspectedPage('/?deep=on');
    // Deep capture is live once a page socket shows a header only the debugger reports (webRequest hides it).
    const exact = await poll('a page socket seen through the debugger', async () => {
      const url = (await page.evaluate('openPageSocket()')) as string;
      await sleep(300);
      const found = (await snapshot(tabId)).connections.find((connection) => connection.handshake.url === url);
      return header(found, 'sec-websocket-key') && found?.handshake.status === 101 ? found : undefined;
    });
    expect(header(exact, 'cookie')).toBe(SESSION_COOKIE);
    expect(header(exact, 'sec-websocket-protocol')).toBe('jmap');
    const path = new URL(exact.handshake.url).pathname + new URL(exact.handshake.url).search;
    expect(server.upgrades.find((upgrade) => upgrade.path === path)?.headers.cookie).toBe(SESSION_COOKIE);
    const frames = await poll('the page socket frames', async () => {
      const snap = await snapshot(tabId);
      return framesOf(snap, exact).length >= 2 ? snap : undefined;
    });
    await sleep(300);
    expect(framesOf(await snapshot(tabId), exact)).toHaveLength(framesOf(frames, exact).length);
    expect(framesOf(frames, exact).map((frame) => frame.dir)).toEqual(['sent', 'received']);
    expect(await attachProbe(tabId)).toMatch(/already attached/);

    await page.evaluate('startWorker()');
    const snap = await poll('the dedicated worker socket with its frames', async () => {
      const current = await snapshot(tabId);
      return framesOf(current, workerConnection(current, 'dedicated-worker.js')).length >= 4 ? current : undefined;
    });
    const worker = workerConnection(snap, 'dedicated-worker.js');
    expect(worker).toMatchObject({ source: 'live', frameId: -1 });
    expect(worker?.handshake).toMatchObject({ status: 101, protocols: ['jmap'], chosenProtocol: 'jmap' });
    expect(worker?.handshake.url).toBe(`${server.origin.replace('http', 'ws')}/worker-socket`);
    expect(header(worker, 'cookie')).toBe(SESSION_COOKIE);
    expect(worker?.openAt).toBeGreaterThanOrEqual(worker?.createdAt ?? Number.POSITIVE_INFINITY);
    const workerFrames = framesOf(snap, worker).map(({ dir, data }) => ({ dir, data }));
    expect(workerFrames).toEqual(
      expect.arrayContaining([
        { dir: 'sent', data: { kind: 'text', text: '{"@type":"WebSocketPushEnable","dataTypes":null}' } },
        { dir: 'sent', data: { kind: 'binary', size: 4, headHex: '010203fa' } },
        { dir: 'received', data: { kind: 'text', text: 'echo:{"@type":"WebSocketPushEnable","dataTypes":null}' } },
        { dir: 'received', data: { kind: 'binary', size: 4, headHex: '010203fa' } },
      ]),
    );
    // webRequest saw the same handshake (for frame 0): it joined the worker's connection instead of adding one.
    const workerSockets = snap.connections.filter((connection) => connection.handshake.url.endsWith('/worker-socket'));
    expect(workerSockets).toHaveLength(1);
  });

  test("on: a shared worker's socket, attached by target id before its script runs", async () => {
    const { page, tabId } = await openInspectedPage('/?deep=shared');
    await poll('the debugger on the new tab', async () => ((await attachProbe(tabId)) === 'free' ? undefined : true));
    await page.evaluate('startSharedWorker()');
    const snap = await poll('the shared worker socket with its frames', async () => {
      const current = await snapshot(tabId);
      return framesOf(current, workerConnection(current, 'shared-worker.js')).length >= 4 ? current : undefined;
    });
    const shared = workerConnection(snap, 'shared-worker.js');
    expect(shared?.handshake).toMatchObject({ status: 101, chosenProtocol: 'jmap' });
    expect(header(shared, 'cookie')).toBe(SESSION_COOKIE);
  });

  test('on: the Authorization Chromium adds from its HTTP auth cache, hidden from webRequest, is seen (F4)', async () => {
    const stalwart = await startJmapServer({ flavor: 'stalwart' });
    const proxy = await startSameOriginProxy(stalwart.url);
    try {
      const page = await chromium.browser.newPage();
      await page.goto(proxy.pageUrl);
      const tabId = await poll('the tab of the same-origin page', () =>
        options.evaluate(
          async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id,
          proxy.pageUrl,
        ),
      );
      const panel = await chromium.browser.newPage();
      await panel.goto(`${chromium.extensionOrigin}/panel.html?tabId=${tabId}`);
      await page.evaluate(async (user) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', '/jmap/session', true, user.username, user.password);
        await new Promise((resolve) => {
          xhr.onloadend = resolve;
          xhr.send();
        });
      }, ALICE);
      const seen = await poll('a handshake seen through the debugger', async () => {
        await page.evaluate(() => new WebSocket(`${location.origin.replace('http', 'ws')}/jmap/ws`, ['jmap']));
        await sleep(300);
        return (await snapshot(tabId)).connections.find((connection) => header(connection, 'sec-websocket-key'));
      });
      expect(header(seen, 'authorization')).toBe(`Basic ${basicCredentials(ALICE)}`);
      expect(seen.handshake.requestHeadersPartial).toBeUndefined();
      const row = await poll('the panel row', () =>
        panel.evaluate(
          (id) =>
            document.querySelector(`[data-connection-id="${CSS.escape(id)}"]`)?.getAttribute('data-strategy') ??
            undefined,
          seen.id,
        ),
      );
      expect(row).toBe('header-basic');
    } finally {
      await proxy.close();
      await stalwart.close();
    }
  });

  test('turned off again: the debugger lets go of every tab', async () => {
    const { tabId } = await openInspectedPage('/?deep=off-again');
    await poll('the debugger on the new tab', async () => ((await attachProbe(tabId)) === 'free' ? undefined : true));
    await options.bringToFront();
    await options.click('[data-testid="deep-capture-switch"]');
    await poll('the switch to turn off', async () => ((await switchState()) === 'off' ? true : undefined));
    expect(
      await poll('the tab to be free', async () => ((await attachProbe(tabId)) === 'free' ? true : undefined)),
    ).toBe(true);
  });
});
