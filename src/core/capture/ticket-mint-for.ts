import { TICKET_PARAM } from '../auth/url-credential-params.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { findQueryParam, queryParams } from '../url/query-params.ts';

/** The ticket POST whose answer holds the ticket in this URL's `ticket` parameter (the latest, if minted twice). */
export function ticketMintFor(url: string, mints: readonly TicketMint[]): TicketMint | undefined {
  if (mints.length === 0) return undefined;
  const ticket = findQueryParam(queryParams(url), TICKET_PARAM)?.value;
  if (!ticket) return undefined;
  return mints.findLast((mint) => mint.ticket?.value === ticket);
}
