import type { JmapSession } from '../../session/jmap-session.ts';
import { type TmailBehaviour, tmailBehaviour } from '../../session/tmail-behaviour.ts';
import type { Cause } from '../cause.ts';
import type { Rule } from './rule.ts';

const CHECKS = [
  'Does the session list urn:ietf:params:jmap:websocket with "supportsPush": true (the JSON boolean) and a url?',
  "Upstream TMail also needs com:linagora:params:jmap:ws:ticket in the mail account's accountCapabilities; only the TMail backend has it (Stalwart, Cyrus and stock James do not).",
  'Cyrus advertises supportsPush true only while jmap_pushpoll is non-zero.',
];

function prNote(behaviour: TmailBehaviour): string {
  const reachable = behaviour.strategyPr.pr4512.reachable;
  if (reachable.length === 0) return 'No strategy-pattern PR build would connect either.';
  return `A strategy-pattern PR build (#4257/#4512 lineage) would connect instead (strategies: ${reachable.join(', ')}); a credential in the query needs a proxy that turns it into a header.`;
}

/** For a session with no connection at all (F7): why upstream TMail opens no WebSocket. */
export function sessionPushCause(session: JmapSession): Cause | undefined {
  const behaviour = tmailBehaviour(session);
  if (behaviour.master.wouldConnect) return undefined;
  return {
    id: 'push-unsupported',
    title: 'Upstream TMail opens no WebSocket for this session: no push transport',
    explanation: `${behaviour.master.explanation} ${prNote(behaviour)}`,
    checks: CHECKS,
  };
}

/** A connection exists, so some client connected; the session still says the server offers no WebSocket push. */
export const pushUnsupported: Rule = (facts) => {
  const session = facts.context.session;
  if (session === undefined) return undefined;
  const pr4512 = tmailBehaviour(session).strategyPr.pr4512;
  if (pr4512.gatePassed) return undefined;
  return {
    id: 'push-unsupported',
    title: 'The session does not offer push over WebSocket',
    explanation: `${pr4512.explanation} No TMail build opens a WebSocket for this session; this connection came from another client, and no StateChange should be expected on it.`,
    checks: CHECKS,
  };
};
