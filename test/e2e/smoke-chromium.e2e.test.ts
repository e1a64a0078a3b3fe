import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackgroundStatus } from '../../src/shared/protocol.ts';
import { openChromiumPanel } from './support/chromium-devtools.ts';
import { type ChromiumWithExtension, launchChromium } from './support/launch-chromium.ts';
import { type PageServer, startPageServer } from './support/page-server.ts';
import { poll } from './support/poll.ts';

const readLink = (frame: Frame) =>
  frame.evaluate(() => {
    const link = document.querySelector('[data-testid="background-link"]');
    return link?.getAttribute('data-link') === 'connected' ? link.textContent : undefined;
  });

describe('Chromium: the built extension', () => {
  let chromium: ChromiumWithExtension;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.browser.close();
    await server?.close();
  });

  test('starts its background service worker, which answers a status request', async () => {
    const worker = await chromium.browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(chromium.extensionOrigin),
    );
    expect(worker.url()).toBe(`${chromium.extensionOrigin}/service-worker-loader.js`);
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.extensionOrigin}/panel.html?tabId=7`);
    const status = (await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'get-status', v: 1 }),
    )) as BackgroundStatus;
    expect(status).toMatchObject({ browser: 'chrome', version: '0.1.0' });
    expect(status.panelTabIds).toContain(7);
    await page.close();
  });

  test('registers the "JMAP Push" panel in real DevTools, bound to the inspected tab', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(server.origin);
    const panel = await openChromiumPanel(page, chromium.extensionOrigin, 'JMAP Push');
    expect(await poll('the panel to reach the background', () => readLink(panel))).toBe('background chrome v0.1.0');
    const inspected = await panel.evaluate(
      () =>
        new Promise((resolve) =>
          chrome.devtools.inspectedWindow.eval('location.href', (...[result]) => resolve(result)),
        ),
    );
    expect(inspected).toBe(`${server.origin}/`);
    const tabId = await panel.evaluate(() => chrome.devtools.inspectedWindow.tabId);
    const shownTab = await panel.evaluate(() => document.querySelector('[data-testid="inspected-tab"]')?.textContent);
    expect(shownTab).toBe(`tab ${tabId}`);
  });
});
