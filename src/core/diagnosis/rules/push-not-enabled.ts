import type { ConnectionFacts } from '../connection-facts.ts';
import { seconds } from '../explain.ts';
import type { Rule } from './rule.ts';

/** TMail sends WebSocketPushEnable within milliseconds of opening; a few seconds without it is telling. */
export const PUSH_ENABLE_GRACE_MS = 3000;

function openDuration(facts: ConnectionFacts, openedAt: number): number {
  const end = facts.endedAt ?? facts.context.now ?? facts.lastFrameAt ?? openedAt;
  return end - openedAt;
}

function sentSummary(facts: ConnectionFacts): string {
  const sent = facts.frames.filter(({ frame }) => frame.dir === 'sent');
  const requests = sent.filter(({ message }) => message.type === 'Request').length;
  const requestNote = requests > 0 ? ` (${requests} Request frame(s) do not enable push)` : '';
  return `the client sent ${sent.length} frame(s), none of them WebSocketPushEnable${requestNote}`;
}

export const pushNotEnabled: Rule = (facts) => {
  const openedAt = facts.openedAt;
  if (openedAt === undefined) return undefined;
  const duration = openDuration(facts, openedAt);
  if (duration < PUSH_ENABLE_GRACE_MS) return undefined;
  const pushSeen = facts.frames.some(
    ({ message }) => message.type === 'WebSocketPushEnable' || message.type === 'StateChange',
  );
  if (pushSeen) return undefined;
  return {
    id: 'push-not-enabled',
    title: 'The client never sent WebSocketPushEnable, so the server pushes nothing',
    explanation: [
      `The connection was open ${seconds(duration)} and ${sentSummary(facts)}.`,
      "RFC 8887 servers push only after it: Stalwart's type filter starts empty and James registers no listener, so no StateChange can arrive.",
    ].join(' '),
    checks: [
      'Does the client send {"@type":"WebSocketPushEnable","dataTypes":[…]} right after the connection opens?',
      'Was the panel attached after the connection opened? Frames sent before capture started are missing.',
      'Does the client send it on every reconnect, not only on the first connection?',
    ],
  };
};
