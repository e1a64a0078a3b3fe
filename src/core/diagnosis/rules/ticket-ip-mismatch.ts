import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { rejectionSummary, seconds } from '../explain.ts';
import { sameAddress, type TicketHistory, ticketHistory, ticketIgnored } from '../ticket-history.ts';
import type { Rule } from './rule.ts';

const IP_BINDING =
  'The TMail backend binds a ticket to the address that minted it (authentication.strategy.rfc8621.tickets.ip.validation.enabled, default true). It sees the TCP peer, so behind a reverse proxy that is the proxy, not the browser itself.';

function addressEvidence(history: TicketHistory): string {
  const minted = history.mintAddress;
  const upgrade = history.upgradeAddress;
  if (minted !== undefined && upgrade !== undefined) {
    return `The ticket was minted for address ${minted}, but the upgrade came from ${upgrade}.`;
  }
  const mintedNote =
    minted === undefined ? '' : ` The mint recorded address ${minted}; the upgrade's address is unknown.`;
  return `The ticket was fresh and unused, yet refused: the check left is the client address.${mintedNote}`;
}

function ipMismatch(facts: ConnectionFacts, history: TicketHistory): Cause {
  const confirmed = history.mintAddress !== undefined && history.upgradeAddress !== undefined;
  return {
    id: 'ticket-ip-mismatch',
    title: confirmed
      ? 'The ticket was used from a different address than the one that minted it'
      : 'A fresh, unused ticket was refused: most likely the address check',
    explanation: [
      `The ticket was minted ${seconds(history.ageMs ?? 0)} before the handshake (valid for ${seconds(history.lifetimeMs)}) and no earlier connection used it.`,
      addressEvidence(history),
      IP_BINDING,
      rejectionSummary(facts),
    ].join(' '),
    checks: [
      "Compare the ticket POST answer's clientAddress with the address the server logs for the upgrade.",
      'Do the ticket POST and the WebSocket take the same route? Different proxy or load-balancer nodes, IPv4 versus IPv6, or a VPN or network switch change the address.',
      'If the proxy address varies by design, turn the check off with authentication.strategy.rfc8621.tickets.ip.validation.enabled=false.',
      'Was the ticket revoked (DELETE on the revocationEndpoint) in between? That gives the same 401.',
    ],
  };
}

function freshAndUnused(history: TicketHistory): boolean {
  const fresh = history.ageMs !== undefined && history.ageMs <= history.lifetimeMs;
  return fresh && history.earlierUse === undefined && !history.malformed;
}

export const ticketIpMismatch: Rule = (facts) => {
  const ticket = facts.ticket;
  if (facts.status !== 401 || ticket === undefined || ticketIgnored(facts)) return undefined;
  const history = ticketHistory(facts, ticket.value);
  if (!freshAndUnused(history)) return undefined;
  return sameAddress(history) ? undefined : ipMismatch(facts, history);
};
