import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ChromeContextTree {
  contexts: Array<{ context: string; url: string }>;
}

/** Runs `expression` in the browser window's chrome scope (needs `--remote-allow-system-access`). */
async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as {
    result: ChromeContextTree;
  };
  const window = tree.result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser.xhtml chrome context');
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return (result as { result?: { value?: unknown } }).result?.value;
}

/**
 * Opens the real DevTools toolbox on the tab showing `pageUrl` and selects our panel by its title. The panel document
 * is not a BiDi context (TOOLCHAIN §5), so callers check its effects through the extension's background instead.
 * Returns the tool id, or undefined while the panel is not registered yet.
 */
export async function openFirefoxPanel(browser: Browser, pageUrl: string, title: string): Promise<string | undefined> {
  const id = await evaluateInChrome(
    browser,
    `(async () => {
      const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
      const { gDevTools } = require('devtools/client/framework/devtools');
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(pageUrl)});
      if (!tab) return undefined;
      const toolbox = await gDevTools.showToolboxForTab(tab);
      const tool = toolbox.getAdditionalTools().find((t) => t.label === ${JSON.stringify(title)});
      if (!tool) return undefined;
      await toolbox.selectTool(tool.id);
      return tool.id;
    })()`,
  );
  return typeof id === 'string' ? id : undefined;
}
