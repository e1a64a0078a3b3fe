import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { duration, rejectionSummary, seconds } from '../explain.ts';
import { sameAddress, type TicketHistory, ticketHistory, ticketIgnored } from '../ticket-history.ts';
import type { Rule } from './rule.ts';

const SINGLE_USE =
  'The TMail backend deletes a ticket on its first lookup, before checking expiry and address, so any use consumes it, even a refused one.';
const NEW_TICKET_CHECK =
  'Does the client mint a new ticket (POST to the generationEndpoint) for every connection attempt?';

function cause(facts: ConnectionFacts, title: string, evidence: string, checks: string[]): Cause {
  return {
    id: 'ticket-expired-or-reused',
    title,
    explanation: `${evidence} ${rejectionSummary(facts)}`,
    checks,
  };
}

function reused(facts: ConnectionFacts, earlier: ConnectionFacts['connection']): Cause {
  const gap = duration(facts.connection.createdAt - earlier.createdAt);
  return cause(
    facts,
    'The ticket was already used by an earlier connection',
    `Connection ${earlier.id} carried the same ticket ${gap} earlier. ${SINGLE_USE}`,
    [
      NEW_TICKET_CHECK,
      'Is a captured URL being replayed, or a second tab or retry reusing the first URL? A replay needs a fresh ticket minted with the real Authorization header.',
    ],
  );
}

function expired(facts: ConnectionFacts, history: TicketHistory, age: number): Cause {
  return cause(
    facts,
    'The ticket expired before the handshake',
    `The ticket was minted ${duration(age)} before the handshake; tickets are valid for ${seconds(history.lifetimeMs)}.`,
    [
      'What delayed the connection after the mint (a slow page, a queued retry, a replay started later)?',
      'Are the browser and server clocks close? The server compares against its own validUntil.',
      NEW_TICKET_CHECK,
    ],
  );
}

function malformed(facts: ConnectionFacts): Cause {
  return cause(
    facts,
    'The ticket is not a valid ticket value (tickets are UUIDs)',
    `The "${facts.ticket?.name}" parameter does not hold a UUID, so the TMail backend rejects it before any lookup.`,
    [
      'Was the ticket value truncated or double-encoded when the URL was built?',
      'Does a proxy rewrite the query string?',
    ],
  );
}

function refusedWithoutEvidence(facts: ConnectionFacts, history: TicketHistory): Cause {
  const mintNote =
    history.mint === undefined
      ? 'No ticket POST was captured for this ticket, so its age and origin are unknown.'
      : `The ticket was minted ${seconds(history.ageMs ?? 0)} before the handshake and not used before, from the same address as the upgrade.`;
  return cause(
    facts,
    'The server refused the ticket (expired, already used, revoked or from another address)',
    `The TMail backend gives the same 401 "User is forbidden to use this ticket" for an unknown, expired, reused, revoked or wrong-address ticket. ${mintNote}`,
    [
      NEW_TICKET_CHECK,
      'Was the ticket revoked (DELETE on the revocationEndpoint) before the connection?',
      'Open the panel before the page loads so the ticket POST is captured too.',
    ],
  );
}

export const ticketExpiredOrReused: Rule = (facts) => {
  const ticket = facts.ticket;
  if (facts.status !== 401 || ticket === undefined || ticketIgnored(facts)) return undefined;
  const history = ticketHistory(facts, ticket.value);
  if (history.earlierUse !== undefined) return reused(facts, history.earlierUse);
  if (history.ageMs !== undefined && history.ageMs > history.lifetimeMs) return expired(facts, history, history.ageMs);
  if (history.malformed) return malformed(facts);
  if (history.mint === undefined || sameAddress(history)) return refusedWithoutEvidence(facts, history);
  return undefined;
};
