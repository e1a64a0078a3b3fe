import browser from 'webextension-polyfill';

/**
 * The tab this panel inspects: `?tabId=N` when the panel is opened as an ordinary extension page (pop-out, tests),
 * otherwise the DevTools window's inspected tab.
 */
export function inspectedTabId(search: string): number | undefined {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null) {
    const tabId = Number(fromQuery);
    return Number.isSafeInteger(tabId) && tabId >= 0 ? tabId : undefined;
  }
  return browser.devtools?.inspectedWindow.tabId;
}
