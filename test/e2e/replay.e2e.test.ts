import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserName } from './support/extension-harness.ts';
import { waitForRows } from './support/extension-harness.ts';
import { openRefusedCapture, type RefusedCapture } from './support/refused-capture.ts';
import { replay } from './support/replay-panel.ts';

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

  test('through the captured URL: refused again, for the same cause', async () => {
    const run = await replay(capture.panel, capture.refusedId, 'Captured URL');
    expect(run.verdict).toBe('refused');
    expect(run.compare.status).toEqual({ original: '401', replay: '401' });
    expect(run.compare.causes?.replay).toContain('auth-header-missing');
  }, 90_000);
});
