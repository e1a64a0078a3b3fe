import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabSnapshot } from '../../src/shared/protocol.ts';
import { type BrowserName, ExtensionHarness } from './support/extension-harness.ts';
import { poll } from './support/poll.ts';
import { readTabSnapshot } from './support/read-tab-snapshot.ts';
import { launchPlainBrowser, webSocketIsProxy } from './support/transparency-browsers.ts';
import { KNOWN_DIFFERENCES } from './support/transparency-known-differences.ts';
import { BEHAVIOURS, behaviourPath, transparencyPages } from './support/transparency-pages.ts';
import { startTransparencyServer, type TransparencyServer } from './support/transparency-server.ts';

const BEHAVIOUR_TIMEOUT_MS = 15_000;
const ALL_RUNS_TIMEOUT_MS = 600_000;

interface Run {
  readonly trace: unknown[];
  readonly hooked: boolean;
}

async function runBehaviour(name: BrowserName, browser: Browser, page: Page, url: string): Promise<Run> {
  await page.goto(url, { waitUntil: 'load' });
  const json = await poll(
    `the trace of ${url}`,
    async () => (await page.evaluate('window.__trace')) as string | undefined,
    BEHAVIOUR_TIMEOUT_MS + 5_000,
  );
  return { trace: JSON.parse(json) as unknown[], hooked: await webSocketIsProxy(name, browser, page) };
}

async function runAll(name: BrowserName, browser: Browser, origin: string): Promise<Run[]> {
  const page = await browser.newPage();
  const runs: Run[] = [];
  for (const [index] of BEHAVIOURS.entries())
    runs.push(await runBehaviour(name, browser, page, `${origin}${behaviourPath(index)}`));
  await page.close();
  return runs;
}

function framesOf(snapshot: TabSnapshot, wsUrl: string): Array<[string, string]> {
  const ids = new Set(snapshot.connections.filter((c) => c.handshake.url === wsUrl).map((c) => c.id));
  return snapshot.frames
    .filter((frame) => ids.has(frame.connectionId))
    .map((frame) => [frame.dir, frame.data.kind === 'text' ? frame.data.text : frame.data.headHex]);
}

describe.each<BrowserName>(['chromium', 'firefox'])(
  '%s: scripted WebSocket behaviours, without and with the extension',
  (name) => {
    let server: TransparencyServer;
    let plain: Run[] = [];
    let hooked: Run[] = [];
    let harness: ExtensionHarness | undefined;

    beforeAll(async () => {
      const config = () => ({
        wsOrigin: server.wsOrigin,
        refusedUrl: server.refusedUrl,
        httpOrigin: server.origin,
        timeoutMs: BEHAVIOUR_TIMEOUT_MS,
      });
      server = await startTransparencyServer(transparencyPages(config));
      const browser = await launchPlainBrowser(name);
      plain = await runAll(name, browser, server.origin).finally(() => browser.close());
      harness = await ExtensionHarness.launch(name);
      hooked = await runAll(name, harness.browser, server.origin);
      const report = BEHAVIOURS.map(([behaviour], index) => ({
        behaviour,
        without: plain[index],
        with: hooked[index],
      }));
      mkdirSync('artifacts/reports', { recursive: true });
      writeFileSync(`artifacts/reports/transparency-${name}.json`, JSON.stringify(report, null, 1));
    }, ALL_RUNS_TIMEOUT_MS);

    afterAll(async () => {
      await harness?.close();
      await server?.close();
    });

    test(`runs ${BEHAVIOURS.length} behaviours, each to its end`, () => {
      expect(BEHAVIOURS.length).toBeGreaterThanOrEqual(40);
      expect(plain).toHaveLength(BEHAVIOURS.length);
      for (const run of [...plain, ...hooked])
        expect(JSON.stringify(run.trace.at(-1))).not.toMatch(/^\["(timeout|behaviour failed)"/);
    });

    test.each(BEHAVIOURS.map(([behaviour], index) => [behaviour, index] as const))('%s', (behaviour, index) => {
      const [without, withExtension] = [plain[index], hooked[index]];
      expect(without?.hooked, 'the plain browser has no hook').toBe(false);
      expect(withExtension?.hooked, 'the hook was live in this document').toBe(true);
      const known = KNOWN_DIFFERENCES[name]?.[behaviour];
      if (known) expect(known.normalize(withExtension?.trace)).toEqual(known.normalize(without?.trace));
      else expect(withExtension?.trace).toEqual(without?.trace);
    });

    test('with the extension, the background really received what the page exchanged', async () => {
      const active = harness as ExtensionHarness;
      const index = BEHAVIOURS.findIndex(([behaviour]) => behaviour === 'normal echo with every event property');
      const url = `${server.origin}${behaviourPath(index)}`;
      const page = await active.browser.newPage();
      await runBehaviour(name, active.browser, page, url);
      const tabId = await active.tabIdOf(url);
      const frames = await poll('the echo frames in the background store', async () => {
        const found = framesOf(await readTabSnapshot(await active.api(), tabId), `${server.wsOrigin}/echo`);
        return found.length >= 2 ? found : undefined;
      });
      const request = '{"using":["urn:ietf:params:jmap:core"],"methodCalls":[]}';
      expect(frames).toEqual([
        ['sent', request],
        ['received', request],
      ]);
    });
  },
);
