import { splitScheme } from '../../auth/split-scheme.ts';
import { decodeJwt, isJwtExpired } from '../../secrets/decode-jwt.ts';
import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { closeSummary, duration, isoTime, rejectionSummary } from '../explain.ts';
import type { Rule } from './rule.ts';

/** RFC 8887 §4.2: a server may close with Policy Violation when the credentials expire. */
const POLICY_VIOLATION = 1008;

interface BearerToken {
  readonly token: string;
  readonly where: string;
}

function bearerToken(facts: ConnectionFacts): BearerToken | undefined {
  const credential = facts.credential;
  if (credential !== undefined && (credential.scheme === undefined || credential.scheme === 'Bearer')) {
    const token = credential.scheme === undefined ? credential.value : splitScheme(credential.value, true).rest;
    return { token, where: `query parameter "${credential.param}"` };
  }
  const header = splitScheme(facts.authorizationHeader ?? '', false);
  return header.scheme === 'Bearer' ? { token: header.rest, where: 'Authorization header' } : undefined;
}

/** Epoch ms at which the JWT expired, if it had expired by `at`. */
function expiredAt(token: string, at: number): number | undefined {
  const jwt = decodeJwt(token);
  if (jwt?.exp === undefined || !isJwtExpired(jwt, at)) return undefined;
  return jwt.exp * 1000;
}

function rejectedAtHandshake(facts: ConnectionFacts, where: string, exp: number): Cause {
  const handshake = facts.connection.createdAt;
  return {
    id: 'token-expired',
    title: 'The bearer token had expired before the handshake',
    explanation: [
      `The JWT in the ${where} expired at ${isoTime(exp)}, ${duration(handshake - exp)} before the handshake at ${isoTime(handshake)}.`,
      rejectionSummary(facts),
    ].join(' '),
    checks: [
      'Does the client refresh the access token before building the WebSocket URL? A token in the URL is fixed when the URL is built.',
      'Are the client and server clocks in sync?',
      'What access-token lifetime does the identity provider issue (Stalwart defaults to 1 h)?',
    ],
  };
}

function closedOnExpiry(facts: ConnectionFacts, where: string, exp: number, end: number): Cause {
  return {
    id: 'token-expired',
    title: 'The server closed the connection after the bearer token expired (1008)',
    explanation: [
      `The connection ended with ${closeSummary(facts, facts.connection.close)}.`,
      `The JWT in the ${where} expired at ${isoTime(exp)}, ${duration(end - exp)} before the close.`,
      'RFC 8887 §4.2 lets a server close with 1008 (Policy Violation) once the credentials of a connection expire.',
    ].join(' '),
    checks: [
      'Does the client reconnect with a refreshed token after a 1008 close?',
      'What access-token lifetime does the identity provider issue?',
    ],
  };
}

export const tokenExpired: Rule = (facts) => {
  const bearer = bearerToken(facts);
  if (bearer === undefined) return undefined;
  if (facts.status === 401) {
    const exp = expiredAt(bearer.token, facts.connection.createdAt);
    return exp === undefined ? undefined : rejectedAtHandshake(facts, bearer.where, exp);
  }
  if (facts.connection.close?.code !== POLICY_VIOLATION) return undefined;
  const end = facts.endedAt ?? facts.context.now ?? facts.connection.createdAt;
  const exp = expiredAt(bearer.token, end);
  return exp === undefined ? undefined : closedOnExpiry(facts, bearer.where, exp, end);
};
