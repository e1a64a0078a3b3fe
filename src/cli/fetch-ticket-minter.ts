import type { TicketMinter } from '../core/replay/replay-io.ts';
import { ticketMintOf } from '../core/replay/replay-ticket.ts';

const MINT_TIMEOUT_MS = 10_000;

/** Mints a probe's ticket with Node's fetch, from the same machine that then opens the socket (tickets are bound to it). */
export const fetchTicketMinter: TicketMinter = async (request) => {
  const at = Date.now();
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers.map((header): [string, string] => [header.name, header.value]),
    redirect: 'manual',
    signal: AbortSignal.timeout(MINT_TIMEOUT_MS),
  });
  return ticketMintOf({ request, at, status: response.status, body: await response.text() });
};
