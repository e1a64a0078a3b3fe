import type { ReplayTransport } from './endpoint-profile.ts';

export type GuardVerdict =
  | { readonly decision: 'allow' }
  /** Ask the user; go on only if they agree. */
  | { readonly decision: 'confirm'; readonly question: string }
  | { readonly decision: 'deny'; readonly reason: string };

export interface GuardInput {
  /** The URL the replay socket opens. */
  readonly url: string;
  readonly transport: ReplayTransport;
  /** For `ticket`: where the ticket is minted with the credential in an Authorization header. */
  readonly mintUrl?: string;
  /** Hosts the user configured (endpoint URLs, or bare `host[:port]`); only the host name counts. */
  readonly configuredHosts: readonly string[];
}

function hostname(urlOrHost: string): string | undefined {
  const text = urlOrHost.trim();
  try {
    return new URL(text.includes('://') ? text : `ws://${text}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function scheme(url: string): string {
  return url.trim().toLowerCase().split(':', 1)[0] ?? '';
}

function plainQuestion(input: GuardInput, host: string): string | undefined {
  if (input.transport === 'ticket') {
    if (input.mintUrl !== undefined && scheme(input.mintUrl) === 'http') {
      return `The ticket is minted over plain http:// at ${host}: the credential travels unencrypted in its Authorization header. Send it anyway?`;
    }
    return scheme(input.url) === 'ws'
      ? `The ticket travels over plain ws:// to ${hostname(input.url)}: anyone on the path can read it and use it within 60 s from the same address. Send it anyway?`
      : undefined;
  }
  if (scheme(input.url) !== 'ws') return undefined;
  const where = input.transport === 'header' ? 'in the Authorization header' : 'in the URL';
  return `This endpoint is plain ws:// (no TLS): the credential travels unencrypted ${where} to ${host}, readable by anyone on the path. Send it anyway?`;
}

/**
 * Whether a replay may carry the credential: only to a host the user configured, never to anything else; over plain
 * `ws://` (or a plain `http://` ticket mint) only after the user confirms. A replay without credential is always
 * allowed. Never throws.
 */
export function guardCredential(input: GuardInput): GuardVerdict {
  if (input.transport === 'none') return { decision: 'allow' };
  const configured = new Set(input.configuredHosts.map(hostname).filter((host) => host !== undefined));
  if (input.transport === 'ticket' && input.mintUrl === undefined) {
    return {
      decision: 'deny',
      reason: 'The ticket transport needs the session’s generationEndpoint to mint a ticket.',
    };
  }
  const destinations =
    input.transport === 'ticket' && input.mintUrl !== undefined ? [input.mintUrl, input.url] : [input.url];
  for (const destination of destinations) {
    const host = hostname(destination);
    const known = ['ws', 'wss', 'http', 'https'].includes(scheme(destination));
    if (host === undefined || host === '' || !known) {
      return {
        decision: 'deny',
        reason: 'Not sending the credential: the destination is not a ws, wss, http or https URL.',
      };
    }
    if (!configured.has(host)) {
      return {
        decision: 'deny',
        reason: `Not sending the credential to ${host}: it is not the host of a configured endpoint.`,
      };
    }
  }
  const question = plainQuestion(input, hostname(destinations[0] ?? '') ?? '');
  return question === undefined ? { decision: 'allow' } : { decision: 'confirm', question };
}
