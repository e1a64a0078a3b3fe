import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackgroundStatus } from '../../src/shared/protocol.ts';
import { openFirefoxPanel } from './support/firefox-devtools.ts';
import { openFirefoxExtensionPage } from './support/firefox-extension-page.ts';
import { type FirefoxWithExtension, launchFirefox } from './support/launch-firefox.ts';
import { type PageServer, startPageServer } from './support/page-server.ts';
import { poll } from './support/poll.ts';

const POP_OUT_TAB = 999_999;

const requestStatus = (page: Page) =>
  page.evaluate(() => browser.runtime.sendMessage({ type: 'get-status', v: 1 })) as Promise<BackgroundStatus>;

describe('Firefox: the built extension', () => {
  let firefox: FirefoxWithExtension;
  let server: PageServer;
  let extensionPage: Page;

  beforeAll(async () => {
    server = await startPageServer();
    firefox = await launchFirefox();
    extensionPage = await openFirefoxExtensionPage(
      firefox.browser,
      `${firefox.extensionOrigin}/panel.html?tabId=${POP_OUT_TAB}`,
    );
  });
  afterAll(async () => {
    await firefox?.browser.close();
    await server?.close();
  });

  test('starts its background event page, which answers a status request', async () => {
    const status = await requestStatus(extensionPage);
    expect(status).toMatchObject({ browser: 'firefox', version: '0.1.0' });
    expect(status.panelTabIds).toEqual([POP_OUT_TAB]);
    const shown = await extensionPage.evaluate(
      () => document.querySelector('[data-testid="background-link"]')?.textContent,
    );
    expect(shown).toBe('background firefox v0.1.0');
  });

  test('registers the "JMAP Push" panel in the real toolbox, bound to the inspected tab', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.origin);
    const toolId = await poll('the toolbox to show the panel', () =>
      openFirefoxPanel(firefox.browser, `${server.origin}/`, 'JMAP Push'),
    );
    expect(toolId).toMatch(/^webext-devtools-panel-/);
    const inspectedTab = await poll('the panel to connect for its inspected tab', async () => {
      const { panelTabIds } = await requestStatus(extensionPage);
      return panelTabIds.find((tabId) => tabId !== POP_OUT_TAB);
    });
    const ownTab = await extensionPage.evaluate(async () => (await browser.tabs.getCurrent())?.id);
    const allTabs = await extensionPage.evaluate(async () => (await browser.tabs.query({})).map((tab) => tab.id));
    expect(inspectedTab).not.toBe(ownTab);
    expect(allTabs).toContain(inspectedTab);
  });
});
