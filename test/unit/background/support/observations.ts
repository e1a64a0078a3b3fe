import type { HandshakeObservation } from '../../../../src/background/handshake-observation.ts';
import type { PageBatch } from '../../../../src/background/page-batch.ts';
import type { ContentToBackground, PageEvent } from '../../../../src/shared/protocol.ts';
import { F1_HANDSHAKE, F1_URL, F5B_HANDSHAKE } from '../../../fixtures/handshakes.ts';
import { batchText } from './page-events.ts';

export const T0 = Date.parse('2026-08-20T09:00:00.100Z');
export const DOC = '0123456789abcdef0123';
export const PAGE_URL = 'https://mail.example.com/';
export const F5B_URL = F5B_HANDSHAKE.url;

/** What webRequest reported about the F1 handshake (SCENARIOS F1: 101, `jmap` chosen), once it completed. */
export function upgraded(requestId = 'r1', startedAt = T0 + 5, frameId = 0): HandshakeObservation {
  return {
    requestId,
    frameId,
    url: F1_URL,
    startedAt,
    requestHeaders: F1_HANDSHAKE.requestHeaders,
    status: 101,
    statusLine: F1_HANDSHAKE.statusLine,
    responseHeaders: F1_HANDSHAKE.responseHeaders,
    endedAt: startedAt + 30,
  };
}

/** F5b refused the Chromium way: headers received with 401, then `net::ERR_FAILED` (TOOLCHAIN §5 step 4). */
export function refusedChromium(requestId = 'r2', startedAt = T0 + 5, frameId = 0): HandshakeObservation {
  return {
    requestId,
    frameId,
    url: F5B_URL,
    startedAt,
    requestHeaders: F5B_HANDSHAKE.requestHeaders,
    status: 401,
    statusLine: F5B_HANDSHAKE.statusLine,
    responseHeaders: F5B_HANDSHAKE.responseHeaders,
    error: 'net::ERR_FAILED',
    endedAt: startedAt + 20,
  };
}

/** F5b refused the Firefox way: completed with 401 and no error (TOOLCHAIN §5 step 5). */
export function refusedFirefox(requestId = 'r3', startedAt = T0 + 5, frameId = 0): HandshakeObservation {
  const { error: _error, ...observation } = refusedChromium(requestId, startedAt, frameId);
  return observation;
}

export function openEvent(socket: number, url = F1_URL, at = T0): PageEvent {
  return { type: 'open', socket, at, url, protocols: ['jmap'] };
}

type FrameEvent = Extract<PageEvent, { type: 'frame' }>;

export function textFrame(socket: number, text: string, at = T0 + 100, dir: 'sent' | 'received' = 'sent'): FrameEvent {
  return { type: 'frame', socket, at, dir, data: { kind: 'text', text } };
}

export const opened = (socket: number, at = T0 + 40): PageEvent => ({
  type: 'opened',
  socket,
  at,
  protocol: 'jmap',
  extensions: 'permessage-deflate',
});

export const failed = (socket: number, at = T0 + 30): PageEvent[] => [
  { type: 'error', socket, at },
  { type: 'close', socket, at, close: { code: 1006, reason: '', wasClean: false } },
];

export function pageBatch(
  seq: number,
  events: readonly PageEvent[],
  options: { document?: string; rejected?: number; pageUrl?: string } = {},
): PageBatch {
  return {
    document: options.document ?? DOC,
    pageUrl: options.pageUrl ?? PAGE_URL,
    seq,
    events,
    rejected: options.rejected ?? 0,
  };
}

/** The same batch as the bridge sends it: the hook's JSON text in an envelope. */
export function wirePageBatch(
  seq: number,
  events: readonly PageEvent[],
  options: { document?: string; rejected?: number; pageUrl?: string } = {},
): ContentToBackground {
  const { document, pageUrl, rejected } = pageBatch(seq, events, options);
  return { type: 'page-batch', document, pageUrl, seq, batch: batchText(seq, events), rejected };
}
