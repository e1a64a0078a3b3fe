import type { AuthClassification, UrlCredential } from '../auth/auth-classification.ts';
import { classifyAuth } from '../auth/classify-auth.ts';
import { TICKET_PARAM } from '../auth/url-credential-params.ts';
import { type ParsedFrame, parseFrames } from '../jmap/parse-frames.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { CapturedFrame } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { headerValue, headerValues } from '../model/http-header.ts';
import { fingerprintServer, type ServerFingerprint } from '../session/fingerprint-server.ts';
import { findQueryParam, type QueryParam, queryParams } from '../url/query-params.ts';
import type { DiagnosisContext } from './diagnosis-context.ts';
import { type ProblemBody, parseProblemBody } from './problem-body.ts';

/** Everything the rules look at, computed once per connection. Times are epoch milliseconds. */
export interface ConnectionFacts {
  readonly connection: ConnectionRecord;
  readonly context: DiagnosisContext;
  /** The URL without query or fragment: what the reconnects of one client share. */
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly auth: AuthClassification;
  /** A query-borne credential other than the ticket. */
  readonly credential: UrlCredential | undefined;
  readonly ticket: QueryParam | undefined;
  readonly authorizationHeader: string | undefined;
  /** Whether `jmap` was offered, in the page's protocols or the request's Sec-WebSocket-Protocol. */
  readonly offersJmap: boolean;
  /** Every `WWW-Authenticate` value, in order (Stalwart sends two). */
  readonly challenges: readonly string[];
  readonly problem: ProblemBody | undefined;
  readonly frames: readonly ParsedFrame[];
  readonly server: ServerFingerprint;
  /** When the WebSocket was open; undefined when it never opened. */
  readonly openedAt: number | undefined;
  /** When it closed or errored; undefined while open. */
  readonly endedAt: number | undefined;
  readonly lastFrameAt: number | undefined;
  /** Values that must never appear in a cause (credentials, tickets, subprotocol tokens). */
  readonly secrets: readonly string[];
}

const MIN_SECRET_LENGTH = 8;

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i;

/** Scheme, host and path: no query, fragment or user-info, so it is safe to show and shared by reconnects. */
export function endpointOf(url: string): string {
  return (url.split(/[?#]/, 1)[0] ?? url).replace(USERINFO, '$1');
}

function openedAt(connection: ConnectionRecord): number | undefined {
  if (connection.openAt !== undefined) return connection.openAt;
  const { status, error } = connection.handshake;
  const upgraded = status === 101 && error === undefined && connection.errorAt === undefined;
  return upgraded ? connection.createdAt : undefined;
}

function lastFrameAt(frames: readonly CapturedFrame[]): number | undefined {
  return frames.reduce<number | undefined>(
    (last, frame) => (last === undefined || frame.at > last ? frame.at : last),
    undefined,
  );
}

function secretsOf(connection: ConnectionRecord, params: readonly QueryParam[]): string[] {
  const { handshake } = connection;
  const headers = ['authorization', 'cookie'].flatMap((name) => headerValues(handshake.requestHeaders, name));
  const headerTokens = headers.flatMap((value) => value.split(/\s+/));
  const protocols = handshake.protocols.filter((protocol) => protocol !== 'jmap');
  const candidates = [
    ...params.flatMap((param) => [param.raw, param.value]),
    ...headers,
    ...headerTokens,
    ...protocols,
  ];
  return [...new Set(candidates.filter((candidate) => candidate.length >= MIN_SECRET_LENGTH))];
}

function offersJmap(handshake: HandshakeRecord): boolean {
  const headerOffer = headerValues(handshake.requestHeaders, 'sec-websocket-protocol').flatMap((value) =>
    value.split(','),
  );
  return [...handshake.protocols, ...headerOffer].some((protocol) => protocol.trim() === 'jmap');
}

export function connectionFacts(connection: ConnectionRecord, context: DiagnosisContext = {}): ConnectionFacts {
  const { handshake } = connection;
  const frames = parseFrames(connection.frames);
  const params = queryParams(handshake.url);
  const auth = classifyAuth({ handshake, ticketMint: connection.ticketMint, createdAt: connection.createdAt });
  const credential = auth.credential?.param.toLowerCase() === TICKET_PARAM ? undefined : auth.credential;
  return {
    connection,
    context,
    endpoint: endpointOf(handshake.url),
    status: handshake.status,
    auth,
    credential,
    ticket: findQueryParam(params, TICKET_PARAM),
    authorizationHeader: headerValue(handshake.requestHeaders, 'authorization'),
    offersJmap: offersJmap(handshake),
    challenges: headerValues(handshake.responseHeaders, 'www-authenticate'),
    problem: parseProblemBody(handshake.responseBody),
    frames,
    server: fingerprintServer({ session: context.session, handshake, frames }),
    openedAt: openedAt(connection),
    endedAt: connection.closedAt ?? connection.errorAt,
    lastFrameAt: lastFrameAt(connection.frames),
    secrets: secretsOf(connection, params),
  };
}
