import type { CapturedConnection, ConnectionSource, ReplayOrigin } from '../capture/capture.ts';
import type { CloseInfo } from '../model/connection-record.ts';
import type { CapturedFrame, Direction, FrameData } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { LIMITS } from './bundle-limits.ts';
import { compact } from './compact.ts';
import { readHeaders, readTicketMint } from './read-capture-parts.ts';
import type { StrictFields } from './strict-fields.ts';

export const SOURCES = ['live', 'replay', 'import'] as const satisfies readonly ConnectionSource[];
const DIRECTIONS = ['sent', 'received'] as const satisfies readonly Direction[];
const FRAME_KINDS = ['text', 'binary'] as const satisfies readonly FrameData['kind'][];

function readHandshake(fields: StrictFields): HandshakeRecord {
  const short = (key: string) => fields.string(key, LIMITS.shortText);
  return compact({
    url: fields.string('url', LIMITS.text),
    protocols: fields.strings('protocols', LIMITS.lines, LIMITS.shortText),
    requestHeaders: readHeaders(fields, 'requestHeaders'),
    requestHeadersPartial: fields.optional('requestHeadersPartial', fields.boolean),
    status: fields.optional('status', (key) => fields.count(key, LIMITS.httpStatus)),
    statusLine: fields.optional('statusLine', short),
    responseHeaders: readHeaders(fields, 'responseHeaders'),
    responseBody: fields.optional('responseBody', (key) => fields.string(key, LIMITS.payload)),
    chosenProtocol: fields.optional('chosenProtocol', short),
    extensions: fields.optional('extensions', short),
    error: fields.optional('error', (key) => fields.string(key, LIMITS.text)),
  });
}

function readFrameData(fields: StrictFields): FrameData {
  if (fields.choice('kind', FRAME_KINDS) === 'text')
    return { kind: 'text', text: fields.string('text', LIMITS.payload) };
  return { kind: 'binary', size: fields.count('size'), headHex: fields.string('headHex', LIMITS.headHex) };
}

function readFrame(fields: StrictFields): CapturedFrame {
  return compact({
    id: fields.count('id'),
    dir: fields.choice('dir', DIRECTIONS),
    at: fields.number('at'),
    data: readFrameData(fields.fields('data')),
    truncatedFrom: fields.optional('truncatedFrom', fields.count),
  });
}

export function readClose(fields: StrictFields): CloseInfo {
  return {
    code: fields.count('code', LIMITS.closeCode),
    reason: fields.string('reason', LIMITS.text),
    wasClean: fields.boolean('wasClean'),
  };
}

export function readReplay(fields: StrictFields): ReplayOrigin {
  return { of: fields.string('of', LIMITS.shortText), via: fields.string('via', LIMITS.shortText) };
}

/** One connection of a bundle, every member checked; its `analysis` is read apart (readStoredAnalysis). */
export function readConnection(fields: StrictFields): CapturedConnection {
  return compact({
    id: fields.string('id', LIMITS.shortText),
    source: fields.choice('source', SOURCES),
    pageUrl: fields.string('pageUrl', LIMITS.text),
    replay: fields.optional('replay', (key) => readReplay(fields.fields(key))),
    handshake: readHandshake(fields.fields('handshake')),
    createdAt: fields.number('createdAt'),
    openAt: fields.optional('openAt', fields.number),
    errorAt: fields.optional('errorAt', fields.number),
    closedAt: fields.optional('closedAt', fields.number),
    close: fields.optional('close', (key) => readClose(fields.fields(key))),
    frames: fields.list('frames', LIMITS.framesPerConnection, readFrame),
    ticketMint: fields.optional('ticketMint', (key) => readTicketMint(fields.fields(key))),
  });
}
