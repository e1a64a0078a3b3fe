import browser from 'webextension-polyfill';
import { BackgroundLink } from './background-link.ts';
import { connectToPageHook } from './page-channel.ts';
import { readBatchSeq } from './read-batch-seq.ts';

/**
 * The ISOLATED-world bridge: hands the hook's batches to the background as they are. It runs on the page's main
 * thread, so it checks only what it must (the secret channel, the size, the sequence number) and leaves parsing and
 * validation to the background. It stays silent (no port, no message) until the page opens a WebSocket.
 */
const link = new BackgroundLink((name) => browser.runtime.connect({ name }));
let refused = 0;

connectToPageHook(
  document,
  () => document.createElement('span'),
  (hello, detail) => {
    const seq = readBatchSeq(detail);
    if (seq === undefined) {
      refused += 1;
      return;
    }
    const batch = detail as string;
    link.send({ type: 'page-batch', document: hello.document, pageUrl: location.href, seq, batch, rejected: refused });
    refused = 0;
  },
);
