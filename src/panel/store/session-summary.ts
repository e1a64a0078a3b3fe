import type { ParsedSighting } from '../../core/capture/session-before.ts';
import type { Cause } from '../../core/diagnosis/cause.ts';
import { diagnoseSession } from '../../core/diagnosis/diagnose.ts';
import { fingerprintServer, type ServerFingerprint } from '../../core/session/fingerprint-server.ts';
import { type TmailBehaviour, tmailBehaviour } from '../../core/session/tmail-behaviour.ts';

/** What the page's JMAP session alone says about push, before (or without) any WebSocket. */
export interface SessionSummary extends ParsedSighting {
  readonly server: ServerFingerprint;
  readonly tmail: TmailBehaviour;
  /** Session-level causes (SCENARIOS F7: no push transport at all). */
  readonly causes: readonly Cause[];
}

export function summarizeSession(parsed: ParsedSighting): SessionSummary {
  const { session } = parsed;
  return {
    ...parsed,
    server: fingerprintServer({ session }),
    tmail: tmailBehaviour(session),
    causes: diagnoseSession(session),
  };
}
