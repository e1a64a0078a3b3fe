import browser from 'webextension-polyfill';
import { recognizeExchange } from '../core/capture/recognize-exchange.ts';
import { type DevtoolsToBackground, PROTOCOL_VERSION } from '../shared/protocol.ts';
import { networkExchange } from './network-exchange.ts';

void browser.devtools.panels.create('JMAP Push', '/icons/icon-32.png', '/panel.html');

/**
 * Only DevTools sees response bodies: the JMAP session (capabilities decide whether push can work) and ticket POSTs
 * (which connection used which ticket, and when). The page itself is never touched for this.
 */
const tabId = browser.devtools.inspectedWindow.tabId;

browser.devtools.network.onRequestFinished.addListener(async (request) => {
  const exchange = await networkExchange(request as Parameters<typeof networkExchange>[0]).catch(() => undefined);
  const recognized = exchange && recognizeExchange(exchange);
  if (!recognized) return;
  const message: DevtoolsToBackground =
    recognized.kind === 'session'
      ? { type: 'session-seen', v: PROTOCOL_VERSION, tabId, session: recognized }
      : { type: 'ticket-minted', v: PROTOCOL_VERSION, tabId, mint: recognized.mint };
  await browser.runtime.sendMessage(message).catch(() => undefined);
});
