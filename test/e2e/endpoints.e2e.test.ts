import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wireForms } from '../../src/core/redact/wire-forms.ts';
import { basicCredential } from '../../src/core/replay/replay-credential.ts';
import type { JmapServer } from '../server/server-types.ts';
import { BOB } from '../server/users.ts';
import { type BrowserName, type ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { poll } from './support/poll.ts';
import { openRefusedCapture, type RefusedCapture } from './support/refused-capture.ts';
import {
  clickTestId,
  confirmPlainWs,
  countRuns,
  openReplayTab,
  pickEndpoint,
  typeInto,
  waitForRun,
} from './support/replay-panel.ts';

const ENDPOINT = 'Saved via Bob';
const BOB_BASIC = basicCredential(BOB.username, BOB.password);
/** Every way Bob's credential could be written: base64, user:password, the password, percent/form/JSON forms. */
const BOB_FORMS = wireForms(`Basic ${BOB_BASIC.value}`);

/** Picks `value` in the select `testId` as a user does (one change event). */
async function choose(page: Page, testId: string, value: string): Promise<void> {
  await page.evaluate(
    (id, wanted) => {
      const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`);
      if (!select) throw new Error(`no select ${id}`);
      select.value = wanted;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    testId,
    value,
  );
  await poll(`${testId} to be ${value}`, () =>
    page.evaluate(
      (id, wanted) => document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)?.value === wanted || undefined,
      testId,
      value,
    ),
  );
}

/** Everything in one storage area of the extension, as JSON text (read from an extension page). */
function dumpArea(page: Page, area: 'local' | 'session'): Promise<string> {
  return page.evaluate(async (which) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    return JSON.stringify(await api.storage[which].get(null));
  }, area);
}

/** Waits until the Replay tab offers the saved endpoint (loaded from storage), and picks it. */
async function pickOffered(panel: Page): Promise<void> {
  await poll('the saved endpoint in the Replay tab', () =>
    panel.evaluate(
      (wanted) =>
        [...document.querySelectorAll<HTMLOptionElement>('[data-testid="replay-endpoint"] option')].some((option) =>
          option.text.startsWith(wanted),
        ) || undefined,
      ENDPOINT,
    ),
  );
  await pickEndpoint(panel, ENDPOINT);
}

function expectNoBobCredential(text: string): void {
  for (const form of BOB_FORMS) expect(text).not.toContain(form);
}

/**
 * Issue 4 §1 in real browsers: an endpoint saved in the options page with a credential (Basic from Bob's user and
 * password, not remembered) is offered in an open panel's Replay tab, brings its credential there and works; the
 * credential is in storage.session only, and an export of the profiles holds none of it.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: saved proxy endpoints', (name) => {
  let capture: RefusedCapture;
  let harness: ExtensionHarness;
  let stalwart: JmapServer;
  let panel: Page;
  let options: Page;
  let refusedId: string;
  const savedUrl = () => `${stalwart.url.replace(/^http/, 'ws')}/jmap/ws?via=saved`;

  beforeAll(async () => {
    capture = await openRefusedCapture(name);
    ({ harness, stalwart, panel, refusedId } = capture);
    options = await harness.openExtensionPage('/src/options/index.html');
  });
  afterAll(async () => {
    await harness?.close();
    await stalwart?.close();
  });

  test('saved in the options page: listed, its credential in storage.session only', async () => {
    await poll('the endpoints section', () =>
      options.evaluate(() => document.querySelector('[data-testid="endpoint-add"]') !== null || undefined),
    );
    await clickTestId(options, 'endpoint-add');
    await typeInto(options, 'endpoint-name', ENDPOINT);
    await typeInto(options, 'endpoint-url', savedUrl());
    await choose(options, 'endpoint-transport', 'header');
    await choose(options, 'endpoint-credential-kind', 'user-password');
    await typeInto(options, 'endpoint-credential-user', BOB.username);
    await typeInto(options, 'endpoint-credential', BOB.password);
    await clickTestId(options, 'endpoint-save');
    const row = await poll('the saved endpoint row', () =>
      options.evaluate((wanted) => {
        const found = document.querySelector(`[data-endpoint-name="${CSS.escape(wanted)}"]`);
        return found ? [...found.querySelectorAll('td')].slice(0, 5).map((cell) => cell.textContent) : undefined;
      }, ENDPOINT),
    );
    expect(row).toEqual([ENDPOINT, savedUrl(), 'header', 'form', 'this session']);
    const local = await dumpArea(options, 'local');
    expect(local).toContain(ENDPOINT);
    expectNoBobCredential(local);
    const session = JSON.parse(await dumpArea(options, 'session')) as Record<string, unknown>;
    const stored = Object.entries(session).filter(([key]) => key.startsWith('endpointCredential:'));
    expect(stored.map(([, value]) => value)).toEqual([{ scheme: 'Basic', value: BOB_BASIC.value }]);
  });

  test('the open panel offers it and replays with its saved credential: 101, exactly one Authorization', async () => {
    await openReplayTab(panel, refusedId);
    const before = await countRuns(panel);
    await pickOffered(panel);
    const shown = await poll('the saved credential in the form', () =>
      panel.evaluate(() => {
        const source = document.querySelector('[data-testid="replay-credential-source"]')?.textContent?.trim();
        const input = document.querySelector<HTMLInputElement>('[data-testid="replay-credential"]');
        const scheme = document.querySelector<HTMLSelectElement>('[data-testid="replay-scheme"]')?.value;
        return source ? { source, scheme, type: input?.type, value: input?.value } : undefined;
      }),
    );
    expect(shown).toEqual({
      source: `saved with ${ENDPOINT}`,
      scheme: 'Basic',
      type: 'password',
      value: BOB_BASIC.value,
    });
    stalwart.control.clearRequests();
    await clickTestId(panel, 'replay-run');
    await confirmPlainWs(panel, 'replay-confirm');
    const run = await waitForRun(panel, before + 2);
    expect(run.compare.status).toEqual({ original: '401', replay: '101' });
    const upgrade = stalwart.control.requests().find((request) => request.upgrade && request.url.includes('via=saved'));
    const authorization = upgrade?.headers.filter(([header]) => header.toLowerCase() === 'authorization');
    expect(authorization).toEqual([[expect.stringMatching(/^authorization$/i), `Basic ${BOB_BASIC.value}`]]);
  }, 90_000);

  test('a panel opened afterwards loads it at start', async () => {
    const fresh = await harness.openPanelFor(capture.demo);
    await waitForRows(fresh, 'the refused connection', (shown) => shown.some((row) => row.id === refusedId));
    await openReplayTab(fresh, refusedId);
    await pickOffered(fresh);
    await poll('the saved credential', () =>
      fresh.evaluate(() => document.querySelector('[data-testid="replay-credential-source"]') !== null || undefined),
    );
    await fresh.close();
  });

  test('an export of the profiles from the options page holds no credential in any encoding', async () => {
    await clickTestId(options, 'endpoint-export');
    const text = await poll('the export', () =>
      options.evaluate(
        () => document.querySelector<HTMLTextAreaElement>('[data-testid="endpoint-export-text"]')?.value || undefined,
      ),
    );
    expect(JSON.parse(text)).toEqual({
      format: 'jmap-push-inspector/endpoints',
      version: 1,
      endpoints: [
        {
          name: ENDPOINT,
          url: savedUrl(),
          transport: 'header',
          encoding: 'form',
          extraParams: [],
          subprotocols: ['jmap'],
        },
      ],
    });
    expectNoBobCredential(text);
  });

  test('"remember": the credential moves to storage.local, out of storage.session, and still only there', async () => {
    await options.evaluate((wanted) => {
      document.querySelector<HTMLButtonElement>(`button[aria-label="Edit ${CSS.escape(wanted)}"]`)?.click();
    }, ENDPOINT);
    await poll('the edit form', () =>
      options.evaluate(() => document.querySelector('[data-testid="endpoint-remember"]') !== null || undefined),
    );
    await clickTestId(options, 'endpoint-remember');
    await clickTestId(options, 'endpoint-save');
    await poll('the credential remembered', () =>
      options.evaluate(
        (wanted) =>
          document.querySelector(
            `[data-endpoint-name="${CSS.escape(wanted)}"] [data-testid="endpoint-credential-place"]`,
          )?.textContent === 'remembered' || undefined,
        ENDPOINT,
      ),
    );
    const local = JSON.parse(await dumpArea(options, 'local')) as Record<string, unknown>;
    const remembered = Object.entries(local).filter(([key]) => key.startsWith('endpointCredential:'));
    expect(remembered.map(([, value]) => value)).toEqual([{ scheme: 'Basic', value: BOB_BASIC.value }]);
    expect(await dumpArea(options, 'session')).not.toContain('endpointCredential:');
    expectNoBobCredential(JSON.stringify(local.endpointProfiles));
  });
});
