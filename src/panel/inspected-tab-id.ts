import browser from 'webextension-polyfill';
import { parseTabId } from '../shared/protocol.ts';

/**
 * The tab this panel inspects: `?tabId=N` when the panel is opened as an ordinary extension page (pop-out, tests),
 * otherwise the DevTools window's inspected tab.
 */
export function inspectedTabId(search: string): number | undefined {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null) return parseTabId(fromQuery);
  return browser.devtools?.inspectedWindow.tabId;
}
