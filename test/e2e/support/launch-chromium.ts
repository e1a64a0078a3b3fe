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

export async function launchChromium(): Promise<ChromiumWithExtension> {
  const browser = await puppeteer.launch({
    executablePath: requireBinary(CHROMIUM, 'chromium'),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: FLAGS,
  });
  const extensionId = await browser.installExtension(resolve('dist/chrome'));
  return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
}
