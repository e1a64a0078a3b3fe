import type { Browser, Page } from 'puppeteer-core';
import { poll } from './poll.ts';

/** puppeteer's `goto` never resolves for moz-extension pages (the tab changes process), so poll instead. */
export async function openFirefoxExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await poll(`${url} to load`, async () =>
    (await page.evaluate(() => document.readyState === 'complete' && location.href)) === url ? true : undefined,
  );
  return page;
}
