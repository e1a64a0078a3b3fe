import type { TicketMinter } from '../../core/replay/replay-io.ts';
import { ticketMintOf } from '../../core/replay/replay-ticket.ts';

/**
 * Mints a replay's ticket from this extension page: host permissions let it POST to the server without CORS, and
 * the ticket is minted from the same browser that opens the socket (tickets are bound to the minting address).
 */
export const fetchMinter: TicketMinter = async (request) => {
  const at = Date.now();
  const headers = Object.fromEntries(request.headers.map((header) => [header.name, header.value]));
  const response = await fetch(request.url, {
    method: request.method,
    headers,
    credentials: 'omit',
    cache: 'no-store',
  });
  return ticketMintOf({ request, at, status: response.status, body: await response.text() });
};
