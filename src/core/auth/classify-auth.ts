import type { HandshakeRecord } from '../model/handshake-record.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { applyTicketMint } from './apply-ticket-mint.ts';
import type { AuthCandidate, AuthClassification } from './auth-classification.ts';
import { readHeaderCredentials } from './read-header-credential.ts';
import { readSubprotocolCredentials } from './read-subprotocol-credential.ts';
import { readUrlCredentials } from './read-url-credential.ts';
import type { StrategyId } from './strategy-id.ts';

export type { AuthClassification, UrlCredential } from './auth-classification.ts';

/**
 * Precedence (lower first) follows what the origin server actually uses:
 * 1. An Authorization header reaches the origin as sent, and James, tmail-backend, Stalwart and Cyrus all read it. A
 *    visible header next to a query credential is either what the browser sent or what a proxy already built from the query.
 * 2. `ticket`: tmail-backend reads it itself, no proxy needed; its Authenticator tries the header strategies first when
 *    they are listed first, as backend-docker's `authentication.strategy.rfc8621` does.
 * 3. A subprotocol credential also reaches the origin unchanged (Sec-WebSocket-Protocol), for servers that read it.
 * 4. Query `authorization`, then `access_token`: they count only through a proxy that converts them. The order is the
 *    corrected proxy configs' (PROXIES.md), and it ranks the password-bearing one first.
 * 5. Cookies: none of these JMAP servers authenticates the upgrade with one, so they decide only when nothing else is there.
 */
const RANK: Readonly<Record<StrategyId, number>> = {
  'header-bearer': 1,
  'header-basic': 1,
  ticket: 2,
  'subprotocol-token': 3,
  'query-authorization': 4,
  'query-access-token': 5,
  cookie: 6,
  none: 7,
};

const NOTHING_FOUND = 'no credential in the URL, the offered subprotocols or the visible request headers';
const QUERY_REPLACES_HEADER =
  'behind a proxy that converts query credentials, the query value replaces this header (the corrected configs in PROXIES.md rank it above a client header)';

function isQuery(strategy: StrategyId): boolean {
  return strategy === 'query-authorization' || strategy === 'query-access-token';
}

function isHeader(strategy: StrategyId): boolean {
  return strategy === 'header-basic' || strategy === 'header-bearer';
}

function otherEvidence(chosen: AuthCandidate, others: readonly AuthCandidate[]): string[] {
  const lines = others.map((other) => `also present, ranked lower: ${other.evidence[0] ?? other.strategy}`);
  if (isHeader(chosen.strategy) && others.some((other) => isQuery(other.strategy))) lines.push(QUERY_REPLACES_HEADER);
  return lines;
}

/** Which one strategy authenticated (or tried to) this handshake, with evidence that never holds a secret value. */
export function classifyAuth(input: {
  handshake: HandshakeRecord;
  ticketMint?: TicketMint;
  createdAt?: number;
}): AuthClassification {
  const { handshake, ticketMint, createdAt } = input;
  const readings = [
    applyTicketMint(readUrlCredentials(handshake.url), handshake.url, ticketMint, createdAt),
    readHeaderCredentials(handshake.requestHeaders, handshake.requestHeadersPartial),
    readSubprotocolCredentials(handshake.protocols),
  ];
  const candidates = readings
    .flatMap((reading) => reading.candidates)
    .sort((a, b) => RANK[a.strategy] - RANK[b.strategy]);
  const notes = readings.flatMap((reading) => reading.notes);
  const [chosen, ...others] = candidates;
  if (!chosen) return { strategy: 'none', evidence: [NOTHING_FOUND, ...notes] };
  const evidence = [...chosen.evidence, ...otherEvidence(chosen, others), ...notes];
  return chosen.credential
    ? { strategy: chosen.strategy, evidence, credential: chosen.credential }
    : { strategy: chosen.strategy, evidence };
}
