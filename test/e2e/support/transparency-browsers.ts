import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, requireBinary } from './browser-binaries.ts';
import type { BrowserName } from './extension-harness.ts';
import { launchPlainChromium } from './launch-chromium.ts';

/** The browser as a user without the extension has it: same binary and flags as the harness's, nothing installed. */
export function launchPlainBrowser(name: BrowserName): Promise<Browser> {
  if (name === 'chromium') return launchPlainChromium();
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBinary(FIREFOX, 'firefox-esr'),
    headless: true,
    args: ['--remote-allow-system-access'],
  });
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Whether `window.WebSocket` of the page's document is a Proxy. No page script can tell (that is the point of the
 * hook), but the browser's debugger protocol can: the test's proof that the hook was live in that very document.
 */
export async function webSocketIsProxy(name: BrowserName, browser: Browser, page: Page): Promise<boolean> {
  if (name === 'chromium') {
    const session = await page.createCDPSession();
    const answer = (await session.send('Runtime.evaluate', { expression: 'window.WebSocket' })) as {
      result: { subtype?: string };
    };
    await session.detach();
    return answer.result.subtype === 'proxy';
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { maxDepth: 0 })) as unknown as {
    result: { contexts: Array<{ context: string; url: string }> };
  };
  const context = tree.result.contexts.find((candidate) => candidate.url === page.url())?.context;
  if (!context) throw new Error(`no BiDi context shows ${page.url()}`);
  const { result } = (await connection.send('script.evaluate', {
    expression: 'window.WebSocket',
    target: { context },
    awaitPromise: false,
  })) as unknown as { result: { result: { type: string } } };
  return result.result.type === 'proxy';
}
