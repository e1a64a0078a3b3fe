import { groupedBy } from '../analysis/grouped-by.ts';
import { TICKET_LIFETIME_MS } from '../auth/ticket-mint-evidence.ts';
import { TICKET_PARAM } from '../auth/url-credential-params.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { findQueryParam, queryParams } from '../url/query-params.ts';
import type { ConnectionFacts } from './connection-facts.ts';

const INVALID_TICKET = 'Invalid ticket passed as a query parameter';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rejections that show the server never looked for a ticket (no ticket strategy, or a header-only server). */
const NO_TICKET_STRATEGY =
  /No valid authentication methods provided|You have to authenticate first|Missing Authorization header/i;

/** What is known about the ticket in this connection's URL. */
export interface TicketHistory {
  readonly mint: TicketMint | undefined;
  /** Handshake time minus mint time (browser clock). */
  readonly ageMs: number | undefined;
  readonly lifetimeMs: number;
  /** The first earlier connection that carried the same ticket. */
  readonly earlierUse: ConnectionRecord | undefined;
  readonly malformed: boolean;
  readonly mintAddress: string | undefined;
  readonly upgradeAddress: string | undefined;
}

/** The ticket a connection's URL carries (its first `ticket` parameter), as a grouping key. */
function ticketOf(connection: ConnectionRecord): string[] {
  const ticket = findQueryParam(queryParams(connection.handshake.url), TICKET_PARAM);
  return ticket === undefined ? [] : [ticket.value];
}

function findMint(facts: ConnectionFacts, value: string): TicketMint | undefined {
  const own = facts.connection.ticketMint;
  if (own !== undefined && (own.ticket === undefined || own.ticket.value === value)) return own;
  return facts.context.ticketMints?.find((mint) => mint.ticket?.value === value);
}

function lifetimeOf(mint: TicketMint | undefined): number {
  const generatedOn = Date.parse(mint?.ticket?.generatedOn ?? '');
  const validUntil = Date.parse(mint?.ticket?.validUntil ?? '');
  const lifetime = validUntil - generatedOn;
  return Number.isFinite(lifetime) && lifetime > 0 ? lifetime : TICKET_LIFETIME_MS;
}

function earlierUseOf(facts: ConnectionFacts, value: string): ConnectionRecord | undefined {
  const { id, createdAt } = facts.connection;
  const holders = groupedBy(facts.context.otherConnections ?? [], ticketOf).get(value) ?? [];
  const earlier = holders.filter((other) => other.id !== id && other.createdAt < createdAt);
  return earlier.sort((a, b) => a.createdAt - b.createdAt)[0];
}

export function ticketHistory(facts: ConnectionFacts, value: string): TicketHistory {
  const mint = findMint(facts, value);
  return {
    mint,
    ageMs: mint === undefined ? undefined : facts.connection.createdAt - mint.at,
    lifetimeMs: lifetimeOf(mint),
    earlierUse: earlierUseOf(facts, value),
    malformed: !UUID.test(value) || facts.problem?.detail === INVALID_TICKET,
    mintAddress: mint?.ticket?.clientAddress,
    upgradeAddress: facts.context.clientAddress,
  };
}

/** For a connection with a ticket: the server answered as if no credential had been given at all. */
export function ticketIgnored(facts: ConnectionFacts): boolean {
  const detail = facts.problem?.detail ?? '';
  return NO_TICKET_STRATEGY.test(detail) || facts.server.kind === 'stalwart' || facts.server.kind === 'cyrus';
}

/** True only when both addresses are known and equal. */
export function sameAddress(history: TicketHistory): boolean {
  return history.mintAddress !== undefined && history.mintAddress === history.upgradeAddress;
}
