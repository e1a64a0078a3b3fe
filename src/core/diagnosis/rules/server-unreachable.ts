import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { quote, sentences } from '../explain.ts';
import { CHROMIUM_HIDDEN_REFUSAL } from './refused-status-hidden.ts';
import type { Rule } from './rule.ts';

const GATEWAY_STATUSES = new Set([502, 503, 504]);

const NETWORK_ERRORS: readonly { readonly pattern: RegExp; readonly meaning: string }[] = [
  { pattern: /NAME_NOT_RESOLVED|DNS/i, meaning: 'the host name did not resolve (DNS).' },
  { pattern: /CONNECTION_REFUSED/i, meaning: 'nothing accepted the TCP connection on that host and port.' },
  { pattern: /CERT|SSL|TLS/i, meaning: 'the TLS handshake failed (certificate or protocol).' },
  { pattern: /TIMED_OUT|TIMEOUT/i, meaning: 'the connection attempt timed out.' },
  {
    pattern: /RESET|CLOSED|EMPTY_RESPONSE|ABORTED/i,
    meaning: 'the server, a proxy or a firewall dropped the connection before answering.',
  },
];

function networkMeaning(error: string): string {
  const match = NETWORK_ERRORS.find((candidate) => candidate.pattern.test(error));
  return match?.meaning ?? 'the browser could not complete the request at the network level.';
}

const LOG_WARNING =
  'Proxies log the request line when the upstream fails (nginx error_log, Caddy error log); with a credential in the URL that log now holds it.';

function networkError(facts: ConnectionFacts, error: string): Cause {
  return {
    id: 'server-unreachable',
    title: 'The WebSocket endpoint could not be reached (network error, no HTTP response)',
    explanation: `The browser reported ${quote(facts, error)} and no HTTP status: ${networkMeaning(error)}`,
    checks: [
      'Is the host in the websocket capability URL the public one (James defaults to ws://localhost)?',
      'Does the host accept connections on that port, and is its TLS certificate valid for the name?',
      'Does a firewall or corporate proxy block WebSockets?',
    ],
  };
}

function gatewayError(facts: ConnectionFacts, status: number): Cause {
  const credentialInUrl = facts.credential !== undefined || facts.ticket !== undefined;
  return {
    id: 'server-unreachable',
    title: `The proxy could not reach the JMAP server (HTTP ${status})`,
    explanation: sentences([
      `The handshake got HTTP ${status} from an intermediary: it could not reach${status === 504 ? ' in time' : ''} the JMAP server behind it.`,
      'With the upstream down, nginx and Caddy answer 502 and HAProxy 503.',
      credentialInUrl ? LOG_WARNING : '',
    ]),
    checks: [
      'Is the JMAP server running, and does the proxy point at its address and port?',
      'Read the proxy error log for the upstream error, then protect or rotate it if it contains URLs with credentials.',
    ],
  };
}

export const serverUnreachable: Rule = (facts) => {
  const { status, error } = facts.connection.handshake;
  if (status !== undefined) return GATEWAY_STATUSES.has(status) ? gatewayError(facts, status) : undefined;
  // Chromium's ERR_FAILED after the request went out is an answer it hides, not a network failure (refused-status-hidden).
  const hidden = error === CHROMIUM_HIDDEN_REFUSAL && facts.connection.handshake.requestHeaders !== undefined;
  return error !== undefined && error !== '' && !hidden ? networkError(facts, error) : undefined;
};
