import type { JmapSession } from '../session/jmap-session.ts';
import { REPLAY_TRANSPORTS, type ReplayTransport } from './endpoint-profile.ts';
import type { ReplayCredential } from './replay-credential.ts';

export interface TransportOption {
  readonly transport: ReplayTransport;
  readonly applicable: boolean;
  /** Why it applies or not, for the UI. */
  readonly reason: string;
}

/**
 * Where tickets are minted: the session-level ticket capability, else the primary account's, else any account's
 * (TMail master reads the account one, FACTS §1.1). Undefined when the session advertises none.
 */
export function ticketGenerationEndpoint(session: JmapSession | undefined): string | undefined {
  if (session === undefined) return undefined;
  const primary = session.accounts.find((account) => account.id === session.primaryAccountId);
  const candidates = [session.ticket, primary?.ticket, ...session.accounts.map((account) => account.ticket)];
  return candidates.find((ticket) => ticket?.generationEndpoint !== undefined)?.generationEndpoint;
}

function option(transport: ReplayTransport, problem: string | undefined, why: string): TransportOption {
  return problem === undefined
    ? { transport, applicable: true, reason: why }
    : { transport, applicable: false, reason: problem };
}

const NEEDS_CREDENTIAL = 'needs a credential (enter a token or user name and password)';

/** Every transport, with whether it can be tried for this session and credential, and why. */
export function applicableTransports(input: {
  readonly session?: JmapSession;
  readonly credential?: ReplayCredential;
}): TransportOption[] {
  const { session, credential } = input;
  const endpoint = ticketGenerationEndpoint(session);
  const problems: Readonly<Record<ReplayTransport, [string | undefined, string]>> = {
    'query-access-token': [
      credential === undefined
        ? NEEDS_CREDENTIAL
        : credential.scheme === 'Bearer'
          ? undefined
          : 'carries only a bare Bearer token, not Basic credentials',
      'the token as ?access_token=, for a proxy to turn into Authorization: Bearer',
    ],
    'query-authorization': [
      credential === undefined ? NEEDS_CREDENTIAL : undefined,
      `the whole "${credential?.scheme ?? 'Basic'} …" value as ?authorization=, for a proxy to turn into the header`,
    ],
    ticket: [
      endpoint === undefined
        ? 'the session advertises no ticket generationEndpoint (com:linagora:params:jmap:ws:ticket)'
        : credential === undefined
          ? `${NEEDS_CREDENTIAL} to mint the ticket`
          : undefined,
      `a fresh single-use ticket minted at ${endpoint ?? 'the generationEndpoint'} for every attempt`,
    ],
    header: [
      credential === undefined ? NEEDS_CREDENTIAL : undefined,
      'Authorization set on the handshake, as a proxy would add it',
    ],
    none: [undefined, 'no credential: what the endpoint answers an anonymous handshake'],
  };
  return REPLAY_TRANSPORTS.map((transport) => option(transport, ...problems[transport]));
}
