import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM, requireBinary } from './browser-binaries.ts';

/** Without the background-networking flags Chromium keeps dialling out, and this machine has no network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumWithExtension {
  readonly browser: Browser;
  readonly extensionId: string;
  readonly extensionOrigin: string;
}

/** Debian's Chromium with the flags this machine needs, without any extension. */
export function launchPlainChromium({ headless = true, enableExtensions = false } = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireBinary(CHROMIUM, 'chromium'),
    headless,
    pipe: true,
    enableExtensions,
    args: FLAGS,
  });
}

export async function launchChromium({ headless = true } = {}): Promise<ChromiumWithExtension> {
  const browser = await launchPlainChromium({ headless, enableExtensions: true });
  const extensionId = await browser.installExtension(resolve('dist/chrome'));
  return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
}
