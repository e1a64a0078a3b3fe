import { headerValue } from '../../model/http-header.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { quote, sentences } from '../explain.ts';
import type { Rule } from './rule.ts';

const UPGRADE_FAILED = /WebSocket upgrade failed/i;

/** Answers that are about credentials or the upstream, not the upgrade (other rules explain them). */
const NOT_UPGRADE_STATUSES = new Set([101, 401, 402, 403, 407, 429, 502, 503, 504]);

const STATUS_MEANINGS: Readonly<Record<number, string>> = {
  400: 'A 400 to a well-formed browser handshake usually means the upgrade headers were changed or dropped on the way.',
  404: 'A 404 means no WebSocket route matched this path on the proxy or the server (Cyrus serves /jmap/ws/ with a trailing slash).',
  426: '426 Upgrade Required means the server received a plain request: the Upgrade header was lost on the way.',
  500: 'A 500 can mean the server failed while upgrading: the TMail backend authenticates first and then cannot upgrade a request whose Upgrade header was dropped (its exact status is not established).',
  505: '505 means an HTTP version the server does not accept was used upstream.',
};
const PLAIN_ANSWER =
  'A plain HTTP answer means the request reached an ordinary HTTP route (a default page, a redirect, a catch-all) instead of being relayed as an upgrade.';
const OTHER_ANSWER = 'The server or a proxy refused the upgrade with an answer that is not an authentication failure.';

function statusMeaning(facts: ConnectionFacts, status: number): string {
  if (status === 400 && UPGRADE_FAILED.test(facts.problem?.detail ?? '')) {
    return 'This is Stalwart\'s answer when Connection, Upgrade, Sec-WebSocket-Key or Sec-WebSocket-Version do not arrive as an upgrade; Stalwart authenticates first, so the credentials were accepted. Before Stalwart 0.16.6 the check was case-sensitive: Connection had to be exactly "Upgrade", so nginx\'s proxy_set_header Connection "upgrade" or Firefox\'s "keep-alive, Upgrade" got this 400.';
  }
  const meaning = STATUS_MEANINGS[status];
  if (meaning !== undefined) return meaning;
  return status < 400 ? PLAIN_ANSWER : OTHER_ANSWER;
}

function requestConnectionNote(facts: ConnectionFacts): string {
  const connection = headerValue(facts.connection.handshake.requestHeaders, 'connection');
  return connection === undefined ? '' : `The browser sent Connection: ${quote(facts, connection)}.`;
}

function ticketNote(facts: ConnectionFacts): string {
  if (facts.ticket === undefined) return '';
  return 'The TMail backend authenticates before upgrading, so this attempt consumed its ticket; a retry needs a new one.';
}

const STALWART_CHECK =
  'Stalwart before 0.16.6: send exactly "Connection: Upgrade" with a capital U, or upgrade Stalwart.';

function checks(facts: ConnectionFacts): string[] {
  const stalwartLike = facts.server.kind === 'stalwart' || facts.server.kind === 'unknown';
  return [
    'nginx: proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection $connection_upgrade (a map giving "upgrade").',
    'Does the proxy route that matches this path (and trailing slash) relay WebSockets, rather than a catch-all site or redirect?',
    ...(stalwartLike ? [STALWART_CHECK] : []),
    'If an HTTP/2 hop sits in between, does it support Extended CONNECT (RFC 8441)? Otherwise keep that hop on HTTP/1.1.',
  ];
}

/** A 400 to a client that offered no `jmap` is the subprotocol's doing (PROXIES.md NO_PROTO), not the upgrade's. */
function blamesSubprotocol(facts: ConnectionFacts, status: number): boolean {
  return status === 400 && !facts.offersJmap && !UPGRADE_FAILED.test(facts.problem?.detail ?? '');
}

export const upgradeNotForwarded: Rule = (facts) => {
  const status = facts.status;
  if (status === undefined || NOT_UPGRADE_STATUSES.has(status) || blamesSubprotocol(facts, status)) return undefined;
  const detail = facts.problem?.detail;
  return {
    id: 'upgrade-not-forwarded',
    title: `The upgrade did not go through: HTTP ${status} instead of 101 Switching Protocols`,
    explanation: sentences([
      `The handshake got HTTP ${status}${detail === undefined ? '' : `, with detail ${quote(facts, detail)}`}.`,
      statusMeaning(facts, status),
      requestConnectionNote(facts),
      'A reverse proxy must relay the upgrade: speak HTTP/1.1 to the upstream and pass Upgrade and Connection on; nginx by default speaks HTTP/1.0 upstream and drops both.',
      ticketNote(facts),
      'The page itself only sees an error and close code 1006.',
    ]),
    checks: checks(facts),
  };
};
