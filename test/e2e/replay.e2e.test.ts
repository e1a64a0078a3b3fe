import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { JmapServer } from '../server/server-types.ts';
import { startJmapServer } from '../server/start-jmap-server.ts';
import { ALICE_JWT } from '../server/users.ts';
import { type BrowserName, ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { poll } from './support/poll.ts';

interface ShownRun {
  readonly verdict: string;
  readonly compare: Record<string, { original?: string; replay?: string }>;
}

/** Clicks a connection row, its Replay tab, picks an endpoint preset by name and replays (confirming ws://). */
async function replay(panel: Page, connectionId: string, endpointStartsWith: string): Promise<ShownRun> {
  const before = await panel.evaluate(() => document.querySelectorAll('[data-replay-id]').length);
  await panel.evaluate(
    (id, prefix) => {
      document.querySelector<HTMLElement>(`[data-connection-id="${CSS.escape(id)}"]`)?.click();
      document.querySelector<HTMLElement>('[role="tab"][data-tab="replay"]')?.click();
      return prefix;
    },
    connectionId,
    endpointStartsWith,
  );
  await poll('the replay form', () =>
    panel.evaluate(() => document.querySelector('[data-testid="replay-run"]') !== null),
  );
  await panel.evaluate((prefix) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="replay-endpoint"]');
    const option = [...(select?.options ?? [])].find((candidate) => candidate.text.startsWith(prefix));
    if (!select || !option) throw new Error(`no endpoint ${prefix}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, endpointStartsWith);
  await poll('the endpoint to be picked', () =>
    panel.evaluate((prefix) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="replay-endpoint"]');
      return select?.selectedOptions[0]?.text.startsWith(prefix) || undefined;
    }, endpointStartsWith),
  );
  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="replay-run"]')?.click());
  // Plain ws:// with a credential: the panel asks first.
  await poll('the ws:// question', () =>
    panel.evaluate(() => {
      const confirm = document.querySelector<HTMLElement>('[data-testid="replay-confirm"]');
      confirm?.click();
      return confirm !== null;
    }),
  );
  return poll(
    'the replay to end',
    () =>
      panel.evaluate((count) => {
        const runs = [...document.querySelectorAll('[data-replay-id]')];
        const run = runs[0];
        if (runs.length <= count || !run || run.getAttribute('data-verdict') === 'running') return undefined;
        const compare = Object.fromEntries(
          [...run.querySelectorAll('[data-compare-key]')].map((row) => {
            const [original, replayed] = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
            return [row.getAttribute('data-compare-key') ?? '', { original, replay: replayed }];
          }),
        );
        return { verdict: run.getAttribute('data-verdict') ?? '', compare };
      }, before),
    30_000,
  );
}

/**
 * Issue 4 §2 in real browsers: a connection refused with 401 (a token in the URL, no proxy to turn it into a header)
 * is replayed from the panel, through the captured URL and straight to the origin with the header a proxy would add.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: replaying a captured connection', (name) => {
  let harness: ExtensionHarness;
  let stalwart: JmapServer;
  let panel: Page;
  let refusedId: string;
  const demo = () => `${stalwart.url}/demo/?mode=access_token&token=${ALICE_JWT}`;

  beforeAll(async () => {
    stalwart = await startJmapServer({ flavor: 'stalwart' });
    harness = await ExtensionHarness.launch(name);
    const page = await harness.browser.newPage();
    await page.goto(demo());
    panel = await harness.openPanelFor(demo());
    const rows = await waitForRows(panel, 'the refused connection', (shown) =>
      shown.some((row) => row.status === '401'),
    );
    refusedId = rows.find((row) => row.status === '401')?.id ?? '';
  });
  afterAll(async () => {
    await harness?.close();
    await stalwart?.close();
  });

  const upgradesFromExtension = () =>
    stalwart.control
      .requests()
      .filter(
        (request) =>
          request.upgrade &&
          request.headers.some(([header, value]) => /^origin$/i.test(header) && /extension:/.test(value)),
      );

  test('straight to the origin with the header a proxy would add: 101 where the page got 401, one header sent', async () => {
    stalwart.control.clearRequests();
    const run = await replay(panel, refusedId, 'Origin with header');
    expect(['connected', 'push-works']).toContain(run.verdict);
    expect(run.compare.status).toEqual({ original: '401', replay: '101' });
    const [upgrade] = upgradesFromExtension();
    const authorization = upgrade?.headers.filter(([header]) => header.toLowerCase() === 'authorization');
    expect(authorization).toEqual([[expect.stringMatching(/^authorization$/i), `Bearer ${ALICE_JWT}`]]);
    expect(upgrade?.url).not.toContain('access_token');
    // The rule was for the replay alone: the page's own reconnects still carry no header.
    const fromPage = stalwart.control
      .requests()
      .filter(
        (request) =>
          request.upgrade &&
          request.headers.some(([header, value]) => /^origin$/i.test(header) && value === stalwart.url),
      );
    for (const request of fromPage) {
      expect(request.headers.some(([header]) => header.toLowerCase() === 'authorization')).toBe(false);
    }
    const rows = await waitForRows(panel, 'the replay row', (shown) =>
      shown.some((row) => row.id.startsWith('replay:') && row.status === '101'),
    );
    expect(rows.find((row) => row.id.startsWith('replay:'))?.text).toMatch(/replay of #\d+ via Origin with header/);
  }, 90_000);

  test('through the captured URL: refused again, for the same cause', async () => {
    const run = await replay(panel, refusedId, 'Captured URL');
    expect(run.verdict).toBe('refused');
    expect(run.compare.status).toEqual({ original: '401', replay: '401' });
    expect(run.compare.causes?.replay).toContain('auth-header-missing');
  }, 90_000);
});
