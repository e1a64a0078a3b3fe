import { recognizeExchange } from '../capture/recognize-exchange.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { authorizationValue, type ReplayCredential } from './replay-credential.ts';
import type { MintRequest, TicketMinter } from './replay-io.ts';

/** The mint POST for one replay attempt: a ticket is single-use and valid 60 s, so every attempt mints its own. */
export function mintRequest(generationEndpoint: string, credential: ReplayCredential): MintRequest {
  return {
    url: generationEndpoint,
    method: 'POST',
    headers: [
      { name: 'Authorization', value: authorizationValue(credential) },
      { name: 'Accept', value: 'application/json;jmapVersion=rfc-8621' },
    ],
  };
}

/** The mint's answer as a `TicketMint` (the ticket itself only on a 2xx with a ticket body). Never throws. */
export function ticketMintOf(answer: {
  readonly request: MintRequest;
  readonly at: number;
  readonly status: number;
  readonly body: string | undefined;
}): TicketMint {
  const { request, at, status, body } = answer;
  const recognized = recognizeExchange({
    method: request.method,
    url: request.url,
    status,
    startedAt: at,
    requestHeaders: request.headers,
    responseBody: body,
  });
  if (recognized?.kind === 'ticket') return recognized.mint;
  const scheme = request.headers
    .find((header) => header.name.toLowerCase() === 'authorization')
    ?.value.split(' ', 1)[0];
  return { at, url: request.url, status, ...(scheme ? { authScheme: scheme } : {}) };
}

/** Mints the ticket for one attempt: the mint and the ticket, or why there is none. */
export async function mintTicketFor(options: {
  readonly mintTicket?: TicketMinter;
  readonly mintUrl?: string;
  readonly credential?: ReplayCredential;
}): Promise<{ readonly mint: TicketMint; readonly ticket: string } | string> {
  const { mintTicket, mintUrl, credential } = options;
  if (mintTicket === undefined || mintUrl === undefined || credential === undefined) {
    return 'the ticket transport needs a credential, the generationEndpoint and a ticket minter';
  }
  let mint: TicketMint;
  try {
    mint = await mintTicket(mintRequest(mintUrl, credential));
  } catch (error) {
    return `the ticket mint got no answer: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ticket = mint.ticket?.value;
  return ticket === undefined ? `the ticket mint answered HTTP ${mint.status} without a ticket` : { mint, ticket };
}
