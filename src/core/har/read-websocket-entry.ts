import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { LIMITS } from '../bundle/bundle-limits.ts';
import { compact } from '../bundle/compact.ts';
import { problemOf, StrictFields } from '../bundle/strict-fields.ts';
import type { CapturedConnection } from '../capture/capture.ts';
import { readStoredAnalysisFor } from '../capture/stored-analysis.ts';
import type { JsonObject } from '../jmap/read-json-fields.ts';
import type { CapturedFrame } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { type HttpHeader, headerValue, headerValues } from '../model/http-header.ts';
import { contentText, headersAt, member, objectAt, optionalString, stringAt, timeAt } from './har-fields.ts';
import { type ConnectionExtras, CUSTOM_KEY } from './har-format.ts';
import { readMessage } from './har-message.ts';
import { readExtras, readOrigin } from './read-extras.ts';

/** What reading one entry needs from the file around it, and gives back. */
export interface EntryReading {
  /** `entry 12`: how warnings name the entry. */
  readonly where: string;
  readonly index: number;
  readonly pageUrl: string;
  /** Frame ids are consecutive across the file, as in a live capture. */
  readonly frameIds: { next: number };
  readonly warnings: string[];
}

/** A handshake as the HAR's own members tell it. */
interface NetworkView {
  readonly createdAt: number;
  /** `startedDateTime` + `time`: when the answer was complete, when the HAR says. */
  readonly answeredAt?: number;
  readonly url: string;
  readonly requestHeaders: HttpHeader[];
  readonly responseHeaders: HttpHeader[];
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  readonly responseBody?: string;
  readonly error?: string;
}

interface MessagesRead {
  readonly frames: CapturedFrame[];
  readonly error?: { readonly at: number; readonly text: string };
}

/** Chrome marks it (`_resourceType`); Firefox only shows the upgrade request (ws URL or `Upgrade: websocket`). */
export function isWebSocketEntry(entry: JsonObject): boolean {
  if (member(entry, '_resourceType') === 'websocket') return true;
  const request = member(entry, 'request');
  if (typeof request !== 'object' || request === null) return false;
  const url = (request as JsonObject).url;
  if (typeof url === 'string' && /^wss?:/i.test(url)) return true;
  const headers = headersAt(request as JsonObject, 'headers', { count: 0 });
  return headerValue(headers, 'upgrade')?.trim().toLowerCase() === 'websocket';
}

function networkView(entry: JsonObject, reading: EntryReading): NetworkView {
  const { where } = reading;
  const request = objectAt(entry, 'request', where);
  const response = objectAt(entry, 'response', where);
  const dropped = { count: 0 };
  const status = member(response, 'status');
  const createdAt = timeAt(entry, 'startedDateTime', where);
  const took = member(entry, 'time');
  const view: NetworkView = {
    createdAt,
    answeredAt: typeof took === 'number' && Number.isFinite(took) && took >= 0 ? createdAt + took : undefined,
    url: stringAt(request, 'url', `${where}.request`),
    requestHeaders: headersAt(request, 'headers', dropped),
    responseHeaders: headersAt(response, 'headers', dropped),
    status:
      Number.isSafeInteger(status) && (status as number) > 0 && (status as number) <= 999 ? (status as number) : 0,
    statusText: optionalString(response, 'statusText') ?? '',
    httpVersion: optionalString(response, 'httpVersion') ?? '',
    responseBody: contentText(response),
    error: optionalString(response, '_error', LIMITS.text),
  };
  if (dropped.count > 0) reading.warnings.push(`${where}: ${dropped.count} malformed or oversized header(s) skipped`);
  return view;
}

function readMessages(entry: JsonObject, reading: EntryReading): MessagesRead {
  const raw = member(entry, '_webSocketMessages');
  if (!Array.isArray(raw)) return { frames: [] };
  const frames: CapturedFrame[] = [];
  let error: MessagesRead['error'];
  let bad = Math.max(0, raw.length - LIMITS.framesPerConnection);
  for (const item of raw.slice(0, LIMITS.framesPerConnection)) {
    const read = readMessage(item, reading.frameIds.next);
    if (read.kind === 'frame') {
      frames.push(read.frame);
      reading.frameIds.next = Math.max(reading.frameIds.next, read.frame.id) + 1;
    } else if (read.kind === 'error') error ??= { at: read.at, text: read.text };
    else if (read.kind === 'bad') bad++;
  }
  if (bad > 0) reading.warnings.push(`${reading.where}: ${bad} unreadable WebSocket message(s) skipped`);
  return error === undefined ? { frames } : { frames, error };
}

const known = <T>(list: T[]) => (list.length === 0 ? undefined : list);

/** http(s) to ws(s): Firefox may show the upgrade request with the scheme of its HTTP channel. */
function socketUrl(url: string): string {
  return url.replace(/^http(s?):/i, (_, secure: string) => `ws${secure}:`);
}

function offeredProtocols(headers: readonly HttpHeader[]): string[] {
  const offers = headerValues(headers, 'sec-websocket-protocol').flatMap((value) => value.split(','));
  return offers.map((protocol) => protocol.trim()).filter((protocol) => protocol !== '');
}

/** A connection from another tool's HAR: what the handshake headers and messages say, nothing guessed beyond. */
function foreignConnection(view: NetworkView, messages: MessagesRead, reading: EntryReading): CapturedConnection {
  const { status } = view;
  const error = view.error || undefined;
  const upgraded = status === 101 && error === undefined && messages.error === undefined;
  const handshake: HandshakeRecord = compact({
    url: socketUrl(view.url),
    protocols: offeredProtocols(view.requestHeaders),
    requestHeaders: known(view.requestHeaders),
    status: status === 0 ? undefined : status,
    statusLine:
      status === 0 || view.httpVersion === '' ? undefined : `${view.httpVersion} ${status} ${view.statusText}`.trim(),
    responseHeaders: known(view.responseHeaders),
    responseBody: view.responseBody,
    chosenProtocol: upgraded ? headerValue(view.responseHeaders, 'sec-websocket-protocol') : undefined,
    extensions: upgraded ? headerValue(view.responseHeaders, 'sec-websocket-extensions') : undefined,
    error: error ?? (messages.error?.text || undefined),
  });
  return compact({
    id: `har-${reading.index}`,
    source: 'import',
    pageUrl: reading.pageUrl,
    handshake,
    createdAt: view.createdAt,
    openAt: upgraded ? view.createdAt : undefined,
    // A refused upgrade ended when its answer came: without that time a burst of retries is no reconnect loop.
    errorAt: messages.error?.at ?? (upgraded ? undefined : view.answeredAt),
    frames: messages.frames,
  });
}

/** A connection of our own export: the HAR members, completed by the `connection` extras written beside them. */
function ownConnection(
  view: NetworkView,
  frames: CapturedFrame[],
  extras: ConnectionExtras,
  custom: StrictFields,
  pageUrl: string,
): CapturedConnection {
  const { unknown, id, createdAt, openAt, errorAt, closedAt, close, ticketMint } = extras;
  const handshake: HandshakeRecord = compact({
    url: view.url,
    protocols: extras.protocols,
    requestHeaders: unknown.includes('requestHeaders') ? undefined : view.requestHeaders,
    requestHeadersPartial: extras.requestHeadersPartial,
    status: unknown.includes('status') ? undefined : view.status,
    statusLine: extras.statusLine,
    responseHeaders: unknown.includes('responseHeaders') ? undefined : view.responseHeaders,
    responseBody: view.responseBody,
    chosenProtocol: extras.chosenProtocol,
    extensions: extras.extensions,
    error: view.error,
  });
  const rest = { handshake, createdAt, openAt, errorAt, closedAt, close, frames, ticketMint };
  return compact({ id, ...readOrigin(custom), pageUrl, ...rest });
}

function ownReading(entry: JsonObject, view: NetworkView, reading: EntryReading) {
  if (member(entry, CUSTOM_KEY) === undefined) return undefined;
  try {
    const custom = StrictFields.of(member(entry, CUSTOM_KEY), `${reading.where}.${CUSTOM_KEY}`);
    const extras = readExtras(custom.fields('connection'));
    const frames = readMessages(entry, reading).frames;
    const connection = ownConnection(view, frames, extras, custom, reading.pageUrl);
    return {
      connection,
      analysis: readStoredAnalysisFor(custom.raw('analysis'), connection.id, custom.path('analysis'), reading.warnings),
    };
  } catch (error) {
    reading.warnings.push(`${problemOf(error)}; read as a plain HAR entry`);
    return undefined;
  }
}

/**
 * A WebSocket entry as a captured connection, with the analysis our own export stored beside it. A ShapeError when
 * the entry lacks what every HAR has (request, response, startedDateTime, url).
 */
export function readWebSocketEntry(
  entry: JsonObject,
  reading: EntryReading,
): { connection: CapturedConnection; analysis?: ConnectionAnalysis | undefined } {
  const view = networkView(entry, reading);
  return (
    ownReading(entry, view, reading) ?? { connection: foreignConnection(view, readMessages(entry, reading), reading) }
  );
}
