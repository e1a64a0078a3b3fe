import browser from 'webextension-polyfill';
import { saveFile } from './dom/save-file.ts';
import { browserOfUserAgent } from './format/browser-of-user-agent.ts';
import { type PanelHost, PRODUCER_NAME } from './panel-host.ts';

/** The page that opens bundles and HAR files: this panel without a tab to inspect. */
const IMPORT_PAGE = 'panel.html';

/** DevTools pages in Chrome have no `tabs` API: a plain new-tab link works there. */
function openImportPage(): void {
  const url = browser.runtime.getURL(IMPORT_PAGE);
  if (browser.tabs?.create) void browser.tabs.create({ url });
  else open(url, '_blank', 'noopener');
}

/** The panel as the extension runs it: its manifest version, the browser's user agent, downloads by link. */
export function extensionHost(): PanelHost {
  const version = browser.runtime.getManifest().version;
  return {
    producer: { name: PRODUCER_NAME, version },
    environment: { ...browserOfUserAgent(navigator.userAgent), extensionVersion: version },
    save: saveFile,
    openFile: openImportPage,
  };
}
