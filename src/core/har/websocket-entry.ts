import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { compact } from '../bundle/compact.ts';
import type { CapturedConnection } from '../capture/capture.ts';
import { harEntry } from './har-entry.ts';
import { type ConnectionExtras, CUSTOM_KEY, type HarEntry, type UnknownMember } from './har-format.ts';
import { messageOfFrame } from './har-message.ts';

const STATUS_LINE = /^(\S+)\s+\d{3}\s*(.*)$/;

function unknownMembers(connection: CapturedConnection): UnknownMember[] {
  const { status, requestHeaders, responseHeaders } = connection.handshake;
  const unknown: UnknownMember[] = [];
  if (status === undefined) unknown.push('status');
  if (requestHeaders === undefined) unknown.push('requestHeaders');
  if (responseHeaders === undefined) unknown.push('responseHeaders');
  return unknown;
}

function extrasOf(connection: CapturedConnection): ConnectionExtras {
  const { id, createdAt, openAt, errorAt, closedAt, close, ticketMint, handshake } = connection;
  const { protocols, requestHeadersPartial, statusLine, chosenProtocol, extensions } = handshake;
  const handshakeExtras = { protocols, requestHeadersPartial, statusLine, chosenProtocol, extensions };
  const times = { createdAt, openAt, errorAt, closedAt };
  return compact({ id, ...times, close, ...handshakeExtras, ticketMint, unknown: unknownMembers(connection) });
}

/** How long the socket lived, as far as the capture knows. */
function lifetime(connection: CapturedConnection): number {
  const lastFrame = connection.frames.reduce((last, frame) => Math.max(last, frame.at), connection.createdAt);
  const end = connection.closedAt ?? connection.errorAt ?? lastFrame;
  return Number.isFinite(end - connection.createdAt) ? Math.max(0, end - connection.createdAt) : 0;
}

/**
 * A connection as Chrome DevTools writes a WebSocket: the upgrade request and its answer, `_resourceType: "websocket"`
 * and `_webSocketMessages`; beside it, what HAR cannot hold and the analysis made at export.
 */
export function websocketEntry(
  connection: CapturedConnection,
  analysis: ConnectionAnalysis,
  pageref?: string,
): HarEntry {
  const { handshake, source, replay } = connection;
  const line = STATUS_LINE.exec(handshake.statusLine ?? '');
  const entry = harEntry({
    startedAt: connection.createdAt,
    durationMs: lifetime(connection),
    method: 'GET',
    url: handshake.url,
    requestHeaders: handshake.requestHeaders ?? [],
    status: handshake.status ?? 0,
    statusText: line?.[2] ?? '',
    httpVersion: line?.[1] ?? 'HTTP/1.1',
    responseHeaders: handshake.responseHeaders ?? [],
    ...(handshake.responseBody === undefined ? {} : { body: { text: handshake.responseBody, mimeType: 'text/plain' } }),
    ...(handshake.error === undefined ? {} : { error: handshake.error }),
    resourceType: 'websocket',
  });
  const custom = compact({ source, replay, analysis, connection: extrasOf(connection) });
  return compact({
    pageref,
    ...entry,
    _webSocketMessages: connection.frames.map(messageOfFrame),
    [CUSTOM_KEY]: custom,
  });
}
