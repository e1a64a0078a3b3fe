import type { TicketMint } from '../model/ticket-mint.ts';
import { queryParams } from '../url/query-params.ts';
import type { AuthCandidate, CredentialReading } from './auth-classification.ts';
import { shownName } from './describe-token.ts';
import { toUrlCredential } from './read-url-credential.ts';
import { mintTiming, ticketMintEvidence } from './ticket-mint-evidence.ts';
import { TICKET_PARAM } from './url-credential-params.ts';

const NO_MINT_SEEN = 'no ticket POST was seen before the handshake (it may predate the capture)';

function withEvidence(candidate: AuthCandidate, extra: readonly string[]): AuthCandidate {
  return { ...candidate, evidence: [...candidate.evidence, ...extra] };
}

/** The minted ticket under another parameter name: tmail-backend would not read it, but it is still the ticket flow. */
function misplacedTicket(
  reading: CredentialReading,
  url: string,
  mint: TicketMint,
  createdAt?: number,
): CredentialReading {
  const minted = mint.ticket?.value;
  const carrier = minted ? queryParams(url).find((param) => param.value === minted) : undefined;
  if (!carrier) {
    const note = `a ticket POST ${mintTiming(mint, createdAt)} answered ${mint.status}, but the URL carries no "${TICKET_PARAM}" parameter`;
    return { ...reading, notes: [...reading.notes, note] };
  }
  const ticket: AuthCandidate = {
    strategy: 'ticket',
    credential: toUrlCredential(carrier, { rest: carrier.value }),
    evidence: [
      `query parameter "${shownName(carrier.name)}" holds the ticket the preceding POST minted, but tmail-backend reads only "${TICKET_PARAM}"`,
      ...ticketMintEvidence(mint, carrier.value, createdAt),
    ],
  };
  const others = reading.candidates.filter(
    ({ credential }) => credential?.param !== carrier.name || credential.raw !== carrier.raw,
  );
  return { ...reading, candidates: [ticket, ...others] };
}

/** Adds what the preceding ticket POST (if any) says to the URL reading. */
export function applyTicketMint(
  reading: CredentialReading,
  url: string,
  mint: TicketMint | undefined,
  createdAt?: number,
): CredentialReading {
  const ticket = reading.candidates.find((candidate) => candidate.strategy === 'ticket' && candidate.credential);
  if (!mint) {
    if (!ticket) return reading;
    return {
      ...reading,
      candidates: reading.candidates.map((c) => (c === ticket ? withEvidence(c, [NO_MINT_SEEN]) : c)),
    };
  }
  if (!ticket?.credential) return misplacedTicket(reading, url, mint, createdAt);
  const extra = ticketMintEvidence(mint, ticket.credential.value, createdAt);
  return { ...reading, candidates: reading.candidates.map((c) => (c === ticket ? withEvidence(c, extra) : c)) };
}
