import type { ConnectionRecord } from '../model/connection-record.ts';
import type { JmapSession } from '../session/jmap-session.ts';
import type { Cause } from './cause.ts';
import { type ConnectionFacts, connectionFacts } from './connection-facts.ts';
import type { DiagnosisContext } from './diagnosis-context.ts';
import { RULES } from './rules/index.ts';
import { sessionPushCause } from './rules/push-unsupported.ts';

export type { DiagnosisContext } from './diagnosis-context.ts';

/** Why this connection (or the push over it) fails, most specific cause first; empty when nothing is wrong. */
export function diagnose(connection: ConnectionRecord, context?: DiagnosisContext): Cause[] {
  return causesOf(connectionFacts(connection, context));
}

/** `diagnose` for facts already gathered. */
export function causesOf(facts: ConnectionFacts): Cause[] {
  return RULES.map((rule) => rule(facts)).filter((cause) => cause !== undefined);
}

/** For a session with no WebSocket connection at all (SCENARIOS F7): why no push transport runs. */
export function diagnoseSession(session: JmapSession): Cause[] {
  const cause = sessionPushCause(session);
  return cause === undefined ? [] : [cause];
}
