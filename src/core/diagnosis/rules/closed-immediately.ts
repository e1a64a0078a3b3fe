import { closeSummary, seconds } from '../explain.ts';
import type { Rule } from './rule.ts';

/** A close this soon after opening, with nothing received, is "right after the upgrade" (FACTS §1.1). */
export const IMMEDIATE_CLOSE_MS = 1500;
/** 1001 Going Away: the page navigated or unloaded, which is the client's doing. */
const GOING_AWAY = 1001;

export const closedImmediately: Rule = (facts) => {
  const { openedAt, endedAt, connection } = facts;
  if (openedAt === undefined || endedAt === undefined) return undefined;
  const lifetime = endedAt - openedAt;
  if (lifetime < 0 || lifetime > IMMEDIATE_CLOSE_MS || connection.close?.code === GOING_AWAY) return undefined;
  if (facts.frames.some(({ frame }) => frame.dir === 'received')) return undefined;
  const sent = facts.frames.length;
  return {
    id: 'closed-immediately',
    title: 'The connection closed right after the upgrade, before the server sent anything',
    explanation: [
      `The upgrade succeeded, but the connection ended ${seconds(lifetime)} after opening with ${closeSummary(facts, connection.close)}.`,
      `The server sent no frame${sent > 0 ? ` (the client had sent ${sent})` : ''}.`,
      'Something closed it right after the 101: a proxy that accepts the upgrade but cannot hold the tunnel (no upstream, a tiny read timeout), or the server dropping the session.',
      'TMail counts the close as a failure and reconnects at once with no backoff; because the connection did open, its retry counter resets, so this repeats without end.',
    ].join(' '),
    checks: [
      'Proxy error log at that moment: did the upstream side of the tunnel fail or time out right after the 101?',
      'Proxy timeouts for this path: nginx proxy_read_timeout, HAProxy timeout tunnel, load-balancer idle timeout are not near zero.',
      'Server log: did the JMAP server end the session (authentication, origin, limits)?',
      'Close code 1006 means the TCP connection dropped without a close frame (a proxy or the network); 1008 and 1011 come from the server.',
    ],
  };
};
