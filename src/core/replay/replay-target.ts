import type { TicketMint } from '../model/ticket-mint.ts';
import { buildReplayUrl } from './build-replay-url.ts';
import { type GuardVerdict, guardCredential } from './credential-guard.ts';
import type { ReplayEndReason, ReplayOptions } from './replay-engine.ts';
import { mintTicketFor } from './replay-ticket.ts';

/** Where a replay's socket goes and what it carries, or why it must not be opened. */
export type ReplayTarget =
  | { readonly ok: true; readonly url: string; readonly authorization?: string; readonly mint?: TicketMint }
  | { readonly ok: false; readonly reason: ReplayEndReason; readonly detail: string; readonly guard?: GuardVerdict };

/**
 * Everything before the socket: the credential guard (a denied host, or plain ws:// not confirmed, ends it), a
 * fresh ticket for the `ticket` transport, then the URL with the credential where the transport puts it.
 */
export async function replayTarget(options: ReplayOptions): Promise<ReplayTarget> {
  const { profile, mintUrl, configuredHosts, confirmed, credential } = options;
  const guard = guardCredential({ url: profile.url, transport: profile.transport, mintUrl, configuredHosts });
  if (guard.decision === 'deny') return { ok: false, reason: 'refused', detail: guard.reason, guard };
  if (guard.decision === 'confirm' && confirmed !== true) {
    return { ok: false, reason: 'refused', detail: guard.question, guard };
  }
  let ticket: string | undefined;
  let mint: TicketMint | undefined;
  if (profile.transport === 'ticket') {
    const minted = await mintTicketFor(options);
    if (typeof minted === 'string') return { ok: false, reason: 'mint-failed', detail: minted };
    ({ mint, ticket } = minted);
  }
  const built = buildReplayUrl({ profile, credential, ticket });
  if (!built.ok) return { ok: false, reason: 'invalid', detail: built.error };
  return {
    ok: true,
    url: built.url,
    ...(built.authorization === undefined ? {} : { authorization: built.authorization }),
    ...(mint ? { mint } : {}),
  };
}
