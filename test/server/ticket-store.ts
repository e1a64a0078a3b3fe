import { randomUUID } from 'node:crypto';

/** tmail-backend `TicketManager`: one minute of validity, deleted on lookup, bound to the minting IP (FACTS §2). */
export const TICKET_VALIDITY_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Ticket {
  value: string;
  clientAddress: string;
  generatedOn: number;
  validUntil: number;
  username: string;
}

export type TicketValidation =
  | { ok: true; username: string }
  | { ok: false; reason: 'malformed' | 'unknown' | 'expired' | 'other-ip' };

export type TicketRevocation = 'revoked' | 'not-owner' | 'malformed';

export function isTicketValue(value: string): boolean {
  return UUID.test(value);
}

export function ticketJson(ticket: Ticket): Record<string, string> {
  return {
    value: ticket.value,
    clientAddress: ticket.clientAddress,
    generatedOn: new Date(ticket.generatedOn).toISOString(),
    validUntil: new Date(ticket.validUntil).toISOString(),
    username: ticket.username,
  };
}

export class TicketStore {
  private readonly tickets = new Map<string, Ticket>();
  minted = 0;
  used = 0;
  revoked = 0;

  constructor(
    private readonly clock: () => number,
    private readonly ipValidation: boolean,
  ) {}

  mint(username: string, clientAddress: string): Ticket {
    const generatedOn = this.clock();
    const ticket = {
      value: randomUUID(),
      clientAddress,
      generatedOn,
      validUntil: generatedOn + TICKET_VALIDITY_MS,
      username,
    };
    this.tickets.set(ticket.value, ticket);
    this.minted += 1;
    return ticket;
  }

  /** The ticket is removed before IP and expiry are checked, so every attempt consumes it. */
  validate(value: string, clientAddress: string): TicketValidation {
    if (!isTicketValue(value)) return { ok: false, reason: 'malformed' };
    const ticket = this.tickets.get(value.toLowerCase());
    if (!ticket) return { ok: false, reason: 'unknown' };
    this.tickets.delete(ticket.value);
    this.used += 1;
    if (this.ipValidation && ticket.clientAddress !== clientAddress) return { ok: false, reason: 'other-ip' };
    if (this.clock() > ticket.validUntil) return { ok: false, reason: 'expired' };
    return { ok: true, username: ticket.username };
  }

  revoke(value: string, username: string): TicketRevocation {
    if (!isTicketValue(value)) return 'malformed';
    const ticket = this.tickets.get(value.toLowerCase());
    if (ticket && ticket.username !== username) return 'not-owner';
    if (ticket) {
      this.tickets.delete(ticket.value);
      this.revoked += 1;
    }
    return 'revoked';
  }
}
