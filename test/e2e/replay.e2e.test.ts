import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { JmapServer } from '../server/server-types.ts';
import { startJmapServer } from '../server/start-jmap-server.ts';
import { ALICE, basicCredentials } from '../server/users.ts';
import { type BrowserName, ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { requestStatus, showDetail, waitForSnapshot } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';
import { openRefusedCapture, type RefusedCapture } from './support/refused-capture.ts';
import {
  clickTestId,
  confirmPlainWs,
  countRuns,
  openReplayTab,
  pickEndpoint,
  replay,
  setField,
  waitForRun,
} from './support/replay-panel.ts';

const ECHO =
  '{"using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{"hello":"replay"},"c1"]],"@type":"Request"}';

/**
 * Issue 4 §2 in real browsers: a connection refused with 401 (a token in the URL, no proxy to turn it into a header)
 * is replayed from the panel, through the captured URL and straight to the origin with the header a proxy would add.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: replaying a captured connection', (name) => {
  let capture: RefusedCapture;

  beforeAll(async () => {
    capture = await openRefusedCapture(name);
  });
  afterAll(async () => {
    await capture?.harness.close();
    await capture?.stalwart.close();
  });

  const upgrades = (origin: (value: string) => boolean) =>
    capture.stalwart.control
      .requests()
      .filter(
        (request) =>
          request.upgrade && request.headers.some(([header, value]) => /^origin$/i.test(header) && origin(value)),
      );
  const authorizations = (headers: readonly (readonly [string, string])[]) =>
    headers.filter(([header]) => header.toLowerCase() === 'authorization').map(([, value]) => value);

  test('straight to the origin with the header a proxy would add: 101 where the page got 401, one header sent', async () => {
    const { stalwart, panel, refusedId } = capture;
    stalwart.control.clearRequests();
    const run = await replay(panel, refusedId, 'Origin with header');
    expect(['connected', 'push-works']).toContain(run.verdict);
    expect(run.compare.status).toEqual({ original: '401', replay: '101' });
    const [upgrade] = upgrades((origin) => /extension:/.test(origin));
    expect(authorizations(upgrade?.headers ?? [])).toEqual([`Bearer ${capture.demo.split('token=')[1]}`]);
    expect(upgrade?.url).not.toContain('access_token');
    // The rule was for the replay alone: the page's own reconnects still carry no header.
    for (const request of upgrades((origin) => origin === stalwart.url))
      expect(authorizations(request.headers)).toEqual([]);
    const rows = await waitForRows(panel, 'the replay row', (shown) =>
      shown.some((row) => row.id.startsWith('replay:') && row.status === '101'),
    );
    expect(rows.find((row) => row.id.startsWith('replay:'))?.text).toMatch(/replay of #\d+ via Origin with header/);
  }, 90_000);

  test('copy as curl: with the credential the command gets 101 from the origin, the masked one shows no secret', async () => {
    const { panel, refusedId, demo } = capture;
    await openReplayTab(panel, refusedId);
    const copied = await panel.evaluate(async () => {
      const texts: string[] = [];
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: async (text: string) => {
          texts.push(text);
        },
      });
      for (const button of document.querySelectorAll<HTMLButtonElement>('[data-testid="copy-curl"] button')) {
        button.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return texts;
    });
    const [masked, revealed] = copied;
    const token = decodeURIComponent(demo.split('token=')[1] ?? '');
    expect(masked).toMatch(/^curl .*Authorization: Bearer \[REDACTED:[0-9a-f]{6}\]/);
    expect(masked).not.toContain(token);
    expect(revealed).toContain(`Authorization: Bearer ${token}`);
    // The server runs in this process: the command must not block its event loop.
    const answer = async (command: string) =>
      (await promisify(execFile)('sh', ['-c', `${command} -sS --max-time 2 || true`])).stdout.split('\r\n')[0];
    expect(await answer(revealed ?? '')).toBe('HTTP/1.1 101 Switching Protocols');
    expect(await answer(masked ?? '')).toMatch(/^HTTP\/1\.1 401/);
  }, 90_000);

  test('through the captured URL: refused again, for the same cause', async () => {
    const run = await replay(capture.panel, capture.refusedId, 'Captured URL');
    expect(run.verdict).toBe('refused');
    expect(run.compare.status).toEqual({ original: '401', replay: '401' });
    expect(run.compare.causes?.replay).toContain('auth-header-missing');
  }, 90_000);

  test('an edited frame goes out on the open replay, checked as a JMAP message first', async () => {
    const { panel, refusedId, harness, demo } = capture;
    await openReplayTab(panel, refusedId);
    await pickEndpoint(panel, 'Origin with header');
    await setField(panel, 'replay-mode', 'watch');
    await setField(panel, 'replay-wait', '60');
    await clickTestId(panel, 'replay-run');
    await confirmPlainWs(panel, 'replay-confirm');
    const rows = await waitForRows(panel, 'the open replay', (shown) =>
      shown.some((row) => row.id.startsWith('replay:') && row.phase === 'open'),
    );
    const replayId = rows.find((row) => row.id.startsWith('replay:') && row.phase === 'open')?.id ?? '';
    await showDetail(panel, 'replay', replayId);
    await poll('the frame editor', () =>
      panel.evaluate(() => document.querySelector('[data-testid="replay-frame"]') !== null || undefined),
    );
    await setField(panel, 'replay-frame', '{"@type":"Request","using":[]');
    await clickTestId(panel, 'replay-send');
    const refusal = await poll('the refusal', () =>
      panel.evaluate(() => document.querySelector('[data-testid="replay-send-error"]')?.textContent || undefined),
    );
    expect(refusal).not.toBe('');
    await setField(panel, 'replay-frame', ECHO);
    await clickTestId(panel, 'replay-send');
    const tabId = await harness.tabIdOf(demo);
    const snapshot = await waitForSnapshot(await harness.api(), tabId, 'the echo and its answer', (state) =>
      state.frames.some(
        (frame) =>
          frame.connectionId === replayId &&
          frame.dir === 'received' &&
          JSON.stringify(frame.data).includes('Core/echo'),
      ),
    );
    const sent = snapshot.frames.filter((frame) => frame.connectionId === replayId && frame.dir === 'sent');
    expect(sent.map((frame) => (frame.data.kind === 'text' ? frame.data.text : '')).at(-1)).toBe(ECHO);
    await clickTestId(panel, 'replay-stop');
    await waitForRows(panel, 'the replay closed', (shown) =>
      shown.some((row) => row.id === replayId && row.phase === 'closed'),
    );
  }, 120_000);

  test('diagnose every endpoint: after the ws:// question, every transport that applies, each with its cause', async () => {
    const { panel, refusedId } = capture;
    await openReplayTab(panel, refusedId);
    await clickTestId(panel, 'replay-diagnose');
    await confirmPlainWs(panel, 'diagnose-confirm');
    const rows = await poll('the matrix to finish', () => readMatrix(panel), 60_000);
    const verdicts = (transport: string) => rows.filter((row) => row.transport === transport);
    expect(
      verdicts('header')
        .map((row) => row.verdict)
        .every((verdict) => ['connected', 'push-works'].includes(verdict)),
    ).toBe(true);
    expect(verdicts('header')).toHaveLength(2);
    for (const row of [...verdicts('query-access-token'), ...verdicts('none')]) {
      expect(row.verdict).toBe('refused');
      expect(row.cause).not.toBe('');
    }
    expect(verdicts('query-access-token').map((row) => row.cause)).toContain('auth-header-missing');
  }, 120_000);
});

/** The diagnose matrix as shown: one entry per row, by its data hooks. */
function readMatrix(panel: RefusedCapture['panel']) {
  return panel.evaluate(() => {
    const matrix = document.querySelector('[data-testid="diagnose-matrix"]');
    if (matrix?.getAttribute('data-done') !== 'yes') return undefined;
    return [...matrix.querySelectorAll('[data-transport]')].map((row) => ({
      endpoint: row.getAttribute('data-matrix-endpoint') ?? '',
      transport: row.getAttribute('data-transport') ?? '',
      verdict: row.getAttribute('data-verdict') ?? '',
      cause: row.getAttribute('data-cause') ?? '',
    }));
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: replaying a ticket connection', (name) => {
  let harness: ExtensionHarness;
  let tmail: JmapServer;

  beforeAll(async () => {
    tmail = await startJmapServer({ flavor: 'tmail-backend' });
    harness = await ExtensionHarness.launch(name);
    await requestStatus(await harness.api());
  });
  afterAll(async () => {
    await harness?.close();
    await tmail?.close();
  });

  test('each replay mints its own ticket (no session seen outside DevTools: the default endpoint, editable)', async () => {
    const url = `${tmail.url}/demo/?mode=upstream`;
    const page = await harness.browser.newPage();
    await page.goto(url);
    const panel = await harness.openPanelFor(url);
    const rows = await waitForRows(panel, 'the ticket connection', (shown) =>
      shown.some((row) => row.status === '101'),
    );
    const original = rows.find((row) => row.status === '101')?.id ?? '';
    await openReplayTab(panel, original);
    await pickEndpoint(panel, 'Captured URL');
    await setField(panel, 'replay-scheme', 'Basic');
    await setField(panel, 'replay-credential', basicCredentials(ALICE));
    const mintUrl = await panel.evaluate(
      () => document.querySelector<HTMLInputElement>('[data-testid="replay-mint-url"]')?.value,
    );
    expect(mintUrl).toBe(`${tmail.url}/jmap/ws/ticket`);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const minted = tmail.control.stats().ticketsMinted;
      const before = await countRuns(panel);
      await clickTestId(panel, 'replay-run');
      await confirmPlainWs(panel, 'replay-confirm');
      const run = await waitForRun(panel, before + 2);
      expect(['connected', 'push-works']).toContain(run.verdict);
      expect(run.compare.status).toEqual({ original: '101', replay: '101' });
      expect(tmail.control.stats().ticketsMinted).toBe(minted + 1);
    }
  }, 90_000);
});
