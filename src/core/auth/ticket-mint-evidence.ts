import type { TicketMint } from '../model/ticket-mint.ts';
import { shownName } from './describe-token.ts';

/** tmail-backend `TicketManager.validity` (FACTS §2). */
export const TICKET_LIFETIME_MS = 60_000;

function seconds(ms: number): string {
  return `${(Math.abs(ms) / 1000).toFixed(1)} s`;
}

/** Milliseconds from the ticket POST to `new WebSocket()`, when both times are known. */
export function mintAge(mint: TicketMint, createdAt: number | undefined): number | undefined {
  if (createdAt === undefined || !Number.isFinite(createdAt) || !Number.isFinite(mint.at)) return undefined;
  return createdAt - mint.at;
}

/** "0.1 s before the handshake", or the honest equivalent when the order is wrong or unknown. */
export function mintTiming(mint: TicketMint, createdAt: number | undefined): string {
  const age = mintAge(mint, createdAt);
  if (age === undefined) return '(handshake time unknown)';
  return age < 0 ? `${seconds(age)} after the handshake started` : `${seconds(age)} before the handshake`;
}

function ageNote(age: number | undefined): string | undefined {
  if (age === undefined) return 'the handshake time is unknown, so the 60 s ticket lifetime cannot be checked';
  if (age < 0)
    return 'the ticket POST came after the handshake started, so it cannot have minted the ticket in the URL';
  if (age > TICKET_LIFETIME_MS) {
    return `the ticket was ${seconds(age)} old at the handshake, past its 60 s lifetime: tmail-backend answers 401 "User is forbidden to use this ticket"`;
  }
  return undefined;
}

/** What the preceding ticket POST says about the ticket carried in the URL (`urlTicket`, decoded). */
export function ticketMintEvidence(mint: TicketMint, urlTicket: string, createdAt: number | undefined): string[] {
  const when = mintTiming(mint, createdAt);
  const minted = mint.ticket?.value;
  if (minted === undefined) return [`ticket POST ${when} answered ${mint.status} with no ticket value`];
  const age = mintAge(mint, createdAt);
  const fresh =
    age !== undefined && age >= 0 && age <= TICKET_LIFETIME_MS ? ' (within its 60 s lifetime, single use)' : '';
  const lines =
    minted === urlTicket
      ? [`ticket POST ${when} returned the same ticket value${fresh}`]
      : [
          `ticket POST ${when} returned a different ticket value than the URL carries`,
          'tmail-backend answers 401 "User is forbidden to use this ticket" for a ticket it no longer holds (used, expired or revoked)',
        ];
  const note = ageNote(age);
  if (note) lines.push(note);
  if (mint.authScheme) {
    lines.push(`the ticket POST authenticated with a ${shownName(mint.authScheme)} Authorization header`);
  }
  if (mint.ticket?.username) lines.push(`the ticket was minted for user ${shownName(mint.ticket.username)}`);
  return lines;
}
