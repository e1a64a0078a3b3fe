import type { ServerKind } from '../../session/server-kind.ts';
import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { credentialShape, rejectionSummary } from '../explain.ts';
import { ticketIgnored } from '../ticket-history.ts';
import type { Rule } from './rule.ts';

const HEADER_ONLY: Readonly<Record<ServerKind, string>> = {
  stalwart:
    'Stalwart reads only the Authorization header (Basic or Bearer) and never a query parameter such as access_token, authorization or ticket.',
  james: 'Apache James authenticates WebSockets from request headers only; no stock strategy reads the query string.',
  'tmail-backend':
    'The TMail backend reads the Linagora ticket from the query, but Basic and Bearer credentials only from the Authorization header.',
  cyrus: 'Cyrus takes credentials only from the Authorization header.',
  unknown:
    'Stalwart, Apache James and Cyrus all read Basic and Bearer credentials from the Authorization header only, never from the query.',
};

function proxyCheck(param: string): string {
  const seedGap =
    param.toLowerCase() === 'authorization'
      ? ' The Caddy and HAProxy seed recipes ignore ?authorization= entirely.'
      : '';
  return `Does the proxy location set Authorization from the "${param}" parameter (nginx proxy_set_header, Caddy header_up, HAProxy http-request set-header)?${seedGap}`;
}

function queryCredentialIgnored(facts: ConnectionFacts, param: string): Cause {
  return {
    id: 'auth-header-missing',
    title: 'No Authorization header reached the server: the query credential was not turned into one',
    explanation: [
      `The client sent its credential only as ${credentialShape(facts)}.`,
      rejectionSummary(facts),
      HEADER_ONLY[facts.server.kind],
      'So either no reverse proxy sits in front of the server for this path, or the proxy did not convert the parameter into an Authorization header.',
    ].join(' '),
    checks: [
      'Is there a reverse proxy in front of the JMAP server for this WebSocket path? Without one nothing converts the parameter.',
      proxyCheck(param),
      'Does the proxy decode the value exactly once and remove the query before forwarding, so the credential stays out of the upstream logs?',
      'Replay the handshake through the proxy and compare what the upstream received.',
    ],
  };
}

function ticketOffer(facts: ConnectionFacts): string {
  const offersTicket = facts.challenges.some((challenge) => /\bTicket realm=/i.test(challenge));
  return offersTicket
    ? 'The server offers ticket authentication (Ticket challenge): TMail mints a ticket with a POST before connecting, so a missing ticket means the mint failed or the client is not TMail.'
    : 'A browser cannot set headers on a WebSocket, so the credential has to travel in the URL or be added by a proxy.';
}

function noCredential(facts: ConnectionFacts): Cause {
  return {
    id: 'auth-header-missing',
    title: 'No credential reached the server: no ticket, no query credential, no Authorization header',
    explanation: [
      'The handshake carried no ticket, no query credential and no Authorization header.',
      rejectionSummary(facts),
      ticketOffer(facts),
    ].join(' '),
    checks: [
      'Did a ticket POST to the generationEndpoint precede this connection, and did it succeed?',
      'If a proxy is meant to add the Authorization header (from a cookie or its own session), did it run for this path?',
      'Which auth type is the client configured for? A NoAuth strategy connects with the bare URL.',
    ],
  };
}

function ticketNotRead(facts: ConnectionFacts): Cause {
  return {
    id: 'auth-header-missing',
    title: 'The server does not read the ticket: it saw no credential at all',
    explanation: [
      'The URL carries a ticket, but the server answered as if no credential had been sent.',
      rejectionSummary(facts),
      'Only the TMail backend with TicketAuthenticationStrategy enabled reads the ticket parameter; stock Apache James, Stalwart and Cyrus ignore it and want an Authorization header.',
    ].join(' '),
    checks: [
      'Is com.linagora.tmail.james.jmap.ticket.TicketAuthenticationStrategy listed in authentication.strategy.rfc8621 (jmap.properties)?',
      'Does the session advertise com:linagora:params:jmap:ws:ticket? Clients should use tickets only when it does.',
      'Is this WebSocket path routed to the server that minted the ticket?',
    ],
  };
}

export const authHeaderMissing: Rule = (facts) => {
  if (facts.status !== 401) return undefined;
  if (facts.ticket !== undefined) return ticketIgnored(facts) ? ticketNotRead(facts) : undefined;
  if (facts.credential !== undefined) return queryCredentialIgnored(facts, facts.credential.param);
  const noHeader = facts.authorizationHeader === undefined;
  return facts.auth.strategy === 'none' && noHeader ? noCredential(facts) : undefined;
};
