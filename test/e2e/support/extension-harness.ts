import type { Browser, Page } from 'puppeteer-core';
import { openFirefoxExtensionPage } from './firefox-extension-page.ts';
import { launchChromium } from './launch-chromium.ts';
import { launchFirefox } from './launch-firefox.ts';
import { type PanelRow, readPanelRows } from './panel-frame.ts';
import { poll } from './poll.ts';

export type BrowserName = 'chromium' | 'firefox';

/** A tab id that no real tab has: the pop-out panel used only for extension API access. */
const API_TAB = 999_999;

/** One browser with the built extension, driven the same way in Chromium and Firefox. */
export class ExtensionHarness {
  readonly name: BrowserName;
  readonly browser: Browser;
  readonly origin: string;
  #apiPage: Page | undefined;

  private constructor(name: BrowserName, browser: Browser, origin: string) {
    this.name = name;
    this.browser = browser;
    this.origin = origin;
  }

  static async launch(name: BrowserName): Promise<ExtensionHarness> {
    if (name === 'chromium') {
      const { browser, extensionOrigin } = await launchChromium();
      return new ExtensionHarness(name, browser, extensionOrigin);
    }
    const { browser, extensionOrigin } = await launchFirefox();
    return new ExtensionHarness(name, browser, extensionOrigin);
  }

  async openExtensionPage(path: string): Promise<Page> {
    const url = `${this.origin}${path}`;
    if (this.name === 'firefox') return openFirefoxExtensionPage(this.browser, url);
    const page = await this.browser.newPage();
    await page.goto(url);
    return page;
  }

  /** The extension's own API, from an extension page. */
  async api(): Promise<Page> {
    this.#apiPage ??= await this.openExtensionPage(`/panel.html?tabId=${API_TAB}`);
    return this.#apiPage;
  }

  async tabIdOf(url: string): Promise<number> {
    const api = await this.api();
    return poll(`a tab showing ${url}`, () =>
      api.evaluate(async (wanted) => {
        const tabs = await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id;
      }, url),
    );
  }

  async openPanelFor(url: string): Promise<Page> {
    return this.openExtensionPage(`/panel.html?tabId=${await this.tabIdOf(url)}`);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Waits until the panel lists rows that satisfy `done`, and returns them. */
export function waitForRows(panel: Page, what: string, done: (rows: PanelRow[]) => boolean): Promise<PanelRow[]> {
  return poll(what, async () => {
    const rows = await readPanelRows(panel);
    return done(rows) ? rows : undefined;
  });
}
