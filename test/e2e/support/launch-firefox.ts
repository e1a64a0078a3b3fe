import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX, requireBinary } from './browser-binaries.ts';

export interface FirefoxWithExtension {
  readonly browser: Browser;
  readonly extensionOrigin: string;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(resolve('dist/firefox/manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Firefox over WebDriver BiDi. The moz-extension host is pinned through a pref so tests can open extension pages;
 * `--remote-allow-system-access` lets BiDi navigate to them and reach the chrome scope (TOOLCHAIN §5).
 */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBinary(FIREFOX, 'firefox-esr'),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }) },
  });
  await browser.installExtension(resolve('dist/firefox'));
  return { browser, extensionOrigin: `moz-extension://${uuid}` };
}
