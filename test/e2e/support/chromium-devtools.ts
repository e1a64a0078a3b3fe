import type { Frame, Page } from 'puppeteer-core';
import { poll } from './poll.ts';

/**
 * Opens real DevTools on `page`, shows our panel and returns its frame. The view id is the extension origin followed
 * by the panel title without spaces. The code runs in the DevTools front-end as a string, because vitest rewrites
 * `import()` inside functions handed to `evaluate`.
 */
export async function openChromiumPanel(page: Page, extensionOrigin: string, title: string): Promise<Frame> {
  const devtools = await page.openDevTools();
  const viewId = `${extensionOrigin}${title.replace(/\s+/g, '')}`;
  const show = `(async () => {
    const UI = await import(new URL('ui/legacy/legacy.js', location.href).href);
    if (!UI.ViewManager.ViewManager.instance().views.has(${JSON.stringify(viewId)})) return undefined;
    await UI.InspectorView.InspectorView.instance().showPanel(${JSON.stringify(viewId)});
    return true;
  })()`;
  await poll('DevTools to register and show the panel', () => devtools.evaluate(show));
  return poll('the panel frame', async () => devtools.frames().find((frame) => frame.url().includes('/panel.html')));
}
