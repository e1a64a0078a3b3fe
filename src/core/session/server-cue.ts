import type { ServerKind } from './server-kind.ts';

/** One observation pointing at a server. tmail-backend cues also count for the James family it extends. */
export interface ServerCue {
  /** Cues with the same id count once, whichever source (session, handshake, frames) saw them. */
  readonly id: string;
  readonly kind: Exclude<ServerKind, 'unknown'>;
  /** 1 = suggestive, 2 = typical, 3 = decisive on its own. */
  readonly weight: 1 | 2 | 3;
  readonly evidence: string;
}

export const HEX64 = /^[0-9a-f]{64}$/i;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Stalwart states: short base32 tokens starting with s, n or r (FACTS §4). */
export const STALWART_STATE = /^[snr][a-z0-9]{1,15}$/;

/** The cues whose test holds, in table order. */
export function matchingCues<T>(
  input: T,
  table: readonly (ServerCue & { readonly test: (input: T) => boolean })[],
): ServerCue[] {
  return table.filter((cue) => cue.test(input)).map(({ test: _test, ...cue }) => cue);
}
