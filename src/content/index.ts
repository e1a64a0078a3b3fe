import browser from 'webextension-polyfill';
import { BackgroundLink } from './background-link.ts';
import { connectToPageHook } from './page-channel.ts';
import { parsePageBatch } from './parse-page-batch.ts';

/**
 * The ISOLATED-world bridge: takes the hook's batches, validates every event, and hands them to the background.
 * It stays silent (no port, no message) until the page opens a WebSocket.
 */
const link = new BackgroundLink((name) => browser.runtime.connect({ name }));
let refused = 0;

connectToPageHook(document, (hello, detail) => {
  const batch = parsePageBatch(detail);
  if (!batch) {
    refused += 1;
    return;
  }
  link.send({
    type: 'page-batch',
    document: hello.document,
    pageUrl: location.href,
    seq: batch.seq,
    events: batch.events,
    rejected: batch.rejected + refused,
  });
  refused = 0;
});
