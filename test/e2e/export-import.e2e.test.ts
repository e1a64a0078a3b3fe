import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX_TOKEN, firefoxHar } from '../fixtures/har/firefox-har.ts';
import { ALICE, ALICE_JWT, basicCredentials } from '../server/users.ts';
import {
  analyzeWithCli,
  dropFile,
  exportFile,
  exportSettled,
  openImportPage,
  readRowsWithCauses,
  secretsFoundIn,
  spyOnDownloads,
} from './support/export-import.ts';
import type { BrowserName } from './support/extension-harness.ts';
import { waitForRows } from './support/extension-harness.ts';
import { readPanelRows, waitForElement } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';
import { openRefusedCapture, type RefusedCapture } from './support/refused-capture.ts';

const SECRETS = [ALICE_JWT, ALICE.password, basicCredentials(ALICE)];

/**
 * Issue 5 §6 in real browsers: a live capture (a token in the URL refused with 401) is exported from the panel, the
 * file holds no test secret in any encoding, and the file dropped on a fresh `panel.html` shows the same rows, which
 * are also what the command line's `analyze --json` says of the file.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: export, then import in a fresh panel page', (name) => {
  let capture: RefusedCapture;

  beforeAll(async () => {
    capture = await openRefusedCapture(name);
    await spyOnDownloads(capture.panel);
  });
  afterAll(async () => {
    await capture?.harness.close();
    await capture?.stalwart.close();
  });

  const fingerprintsShown = async (page: Page) => [
    ...new Set((await readPanelRows(page)).flatMap((row) => row.text.match(/\[REDACTED:[0-9a-f]{6}\]/g) ?? [])),
  ];

  test('bundle: redacted, no secret in any encoding, the same rows once imported', async () => {
    const { file, live } = await exportSettled(capture.panel, 'export-bundle');
    expect(file.name).toMatch(/^jmap-push-127\.0\.0\.1-\d+-\d{8}-\d{4}\.bundle\.json$/);
    expect(secretsFoundIn(file.text, SECRETS)).toEqual([]);
    const bundle = JSON.parse(file.text);
    expect(bundle).toMatchObject({ redacted: true, payloads: true, producer: { name: 'JMAP Push Inspector' } });
    expect(bundle.environment.browser).toBe(name === 'firefox' ? 'Firefox' : 'Chrome');
    expect(bundle.connections.map((connection: { id: string }) => connection.id)).toContain(capture.refusedId);

    const imported = await openImportPage(capture.harness, file);
    const shown = await readRowsWithCauses(imported);
    expect(shown).toEqual(live);
    expect(shown.find((row) => row.id === capture.refusedId)).toMatchObject({ status: '401' });
    const banner = await waitForElement(imported, '[data-testid="import-banner"]');
    expect(banner.data).toMatchObject({ format: 'bundle', redacted: 'true' });
    expect(banner.text).toContain(file.name);
    expect(secretsFoundIn(await imported.evaluate(() => document.body.textContent ?? ''), SECRETS)).toEqual([]);
    expect(await analyzeWithCli(file)).toEqual(live.map(({ phase: _phase, ...row }) => row));
    // The same fingerprint on screen as in the live panel: the file's fingerprints are not fingerprinted again.
    expect(await fingerprintsShown(imported)).toEqual(await fingerprintsShown(capture.panel));
  });

  test('HAR: redacted, no secret in any encoding, the same rows once imported', async () => {
    const { file, live } = await exportSettled(capture.panel, 'export-har');
    expect(file.name).toMatch(/^jmap-push-127\.0\.0\.1-\d+-\d{8}-\d{4}\.har$/);
    expect(secretsFoundIn(file.text, SECRETS)).toEqual([]);
    expect(JSON.parse(file.text).log.version).toBe('1.2');
    const imported = await openImportPage(capture.harness, file);
    expect(await readRowsWithCauses(imported)).toEqual(live);
    const banner = await waitForElement(imported, '[data-testid="import-banner"]');
    expect(banner.data).toMatchObject({ format: 'har', redacted: 'true' });
    expect(await analyzeWithCli(file)).toEqual(live.map(({ phase: _phase, ...row }) => row));
  });

  test('a Firefox DevTools HAR (upgrades only, session and ticket POST beside them): its connections, masked', async () => {
    const page = await openImportPage(capture.harness, { name: 'firefox.har', text: JSON.stringify(firefoxHar()) });
    const rows = await waitForRows(page, 'the two upgrades', (shown) => shown.length === 2);
    expect(rows.map(({ status, strategy }) => `${status} ${strategy}`)).toEqual([
      '401 query-access-token',
      '101 query-access-token',
    ]);
    const banner = await waitForElement(page, '[data-testid="import-banner"]');
    expect(banner.data).toMatchObject({ format: 'har', redacted: 'false' });
    expect(banner.text).toContain('Firefox 128.0');
    expect(secretsFoundIn(await page.evaluate(() => document.body.textContent ?? ''), [FIREFOX_TOKEN])).toEqual([]);
  });

  test('the file picker opens a bundle as the drop does', async () => {
    const { file, live } = await exportSettled(capture.panel, 'export-bundle');
    const dir = await mkdtemp(join(tmpdir(), 'jpi-pick-'));
    try {
      const path = join(dir, file.name);
      await writeFile(path, file.text);
      const page = await capture.harness.openExtensionPage('/panel.html');
      await waitForElement(page, '[data-testid="import-welcome"]');
      const input = await page.$('[data-testid="import-file"]');
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
      const banner = await waitForElement(page, '[data-testid="import-banner"]');
      expect(banner.text).toContain(file.name);
      expect(await readRowsWithCauses(page)).toEqual(live);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('Open file… in the live panel opens the import page in a new tab', async () => {
    const { panel, harness } = capture;
    const importPage = `${harness.origin}/panel.html`;
    const tabsShowing = (url: string) =>
      panel.evaluate(async (wanted) => {
        const tabs = await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.query({});
        return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id ?? -1);
      }, url);
    const before = await tabsShowing(importPage);
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="open-file"]')?.click());
    const opened = await poll('the import page', async () =>
      (await tabsShowing(importPage)).find((id) => !before.includes(id)),
    );
    await panel.evaluate((id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.remove(id), opened);
  });

  test('a bad file: one line naming it, the capture shown stays', async () => {
    const good = await exportFile(capture.panel, 'export-bundle');
    const page = await openImportPage(capture.harness, good);
    await dropFile(page, { name: 'cut.bundle.json', text: good.text.slice(0, 100) });
    const error = await waitForElement(page, '[data-testid="import-error"]');
    expect(error.text).toMatch(/^cut\.bundle\.json: /);
    expect((await waitForRows(page, 'the rows kept', (rows) => rows.length > 0)).length).toBeGreaterThan(0);
  });

  test('report: the saved HTML gives the verdict first and holds no secret', async () => {
    const file = await exportFile(capture.panel, 'save-report');
    expect(file.name).toMatch(/\.report\.html$/);
    expect(file.text).toMatch(/Push (fails|works|is enabled)|The WebSocket connects/);
    expect(secretsFoundIn(file.text, SECRETS)).toEqual([]);
  });

  test('copy report: Markdown on the clipboard, the verdict first, no secret', async () => {
    const markdown = await capture.panel.evaluate(async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: async (text: string) => {
          copied.push(text);
        },
      });
      document.querySelector<HTMLDetailsElement>('[data-testid="export-menu"]')?.setAttribute('open', '');
      document.querySelector<HTMLElement>('[data-testid="copy-report"]')?.click();
      for (let wait = 0; wait < 50 && copied.length === 0; wait++) await new Promise((r) => setTimeout(r, 20));
      return copied[0] ?? '';
    });
    const [title, verdict] = markdown.split('\n').filter((line) => line.trim() !== '');
    expect(title).toBe('# JMAP push report');
    expect(verdict).toContain('Push fails:');
    expect(markdown).toContain('auth-header-missing');
    expect(secretsFoundIn(markdown, SECRETS)).toEqual([]);
  });

  test('secrets in clear only when ticked: the file then holds the token, and the next export is redacted again', async () => {
    await capture.panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="export-in-clear"]')?.click());
    const clear = await exportFile(capture.panel, 'export-bundle');
    expect(JSON.parse(clear.text).redacted).toBe(false);
    expect(secretsFoundIn(clear.text, SECRETS)).toContain(ALICE_JWT);
    const next = await exportFile(capture.panel, 'export-bundle');
    expect(secretsFoundIn(next.text, SECRETS)).toEqual([]);
  });

  test('presentation mode: the badge is on screen, no Reveal button, no export in clear', async () => {
    const { panel, refusedId } = capture;
    await panel.evaluate((id) => {
      document.querySelector<HTMLElement>('[data-testid="presentation-switch"]')?.click();
      document.querySelector<HTMLElement>(`[data-connection-id="${CSS.escape(id)}"]`)?.click();
      document.querySelector<HTMLElement>('[role="tab"][data-tab="handshake"]')?.click();
    }, refusedId);
    const badge = await waitForElement(panel, '[data-testid="presentation-badge"]');
    expect(badge.text).toBe('Presentation mode: secrets hidden');
    const state = await poll('the handshake tab', () =>
      panel.evaluate(() => {
        const badge = document.querySelector('[data-testid="presentation-badge"]')?.getBoundingClientRect();
        if (!document.querySelector('[data-secret]')) return undefined;
        return {
          reveal: document.querySelectorAll('button.reveal').length,
          inClear: document.querySelector('[data-testid="export-in-clear"]') !== null,
          badgeOnScreen: badge !== undefined && badge.width > 0 && badge.top >= 0 && badge.bottom <= innerHeight,
          text: document.body.textContent ?? '',
        };
      }),
    );
    expect(state).toMatchObject({ reveal: 0, inClear: false, badgeOnScreen: true });
    expect(secretsFoundIn(state.text, SECRETS)).toEqual([]);
    const file = await exportFile(panel, 'export-bundle');
    expect(JSON.parse(file.text).redacted).toBe(true);
  });
});

/**
 * The downloads above are read through a spy; here Chromium really saves one (CDP download behaviour into a folder),
 * as a user's click does. For Firefox, puppeteer sets a download folder only when it creates a browser context, and
 * the extension's pages live in the default one.
 */
describe('chromium: Export bundle really downloads the file', () => {
  let capture: RefusedCapture;
  let dir: string;

  beforeAll(async () => {
    capture = await openRefusedCapture('chromium');
    dir = await mkdtemp(join(tmpdir(), 'jpi-download-'));
    const cdp = await capture.harness.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  });
  afterAll(async () => {
    await capture?.harness.close();
    await capture?.stalwart.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a redacted .bundle.json lands in the download folder', async () => {
    await capture.panel.evaluate(() => {
      document.querySelector<HTMLDetailsElement>('[data-testid="export-menu"]')?.setAttribute('open', '');
      document.querySelector<HTMLElement>('[data-testid="export-bundle"]')?.click();
    });
    const name = await poll('the downloaded bundle', async () =>
      (await readdir(dir)).find((file) => file.endsWith('.bundle.json')),
    );
    const text = await readFile(join(dir, name), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ schema: 'jmap-push-inspector/bundle@1', redacted: true });
    expect(secretsFoundIn(text, SECRETS)).toEqual([]);
  });
});
