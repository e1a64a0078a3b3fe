import type { ServerKind } from '../../session/server-kind.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { closeSummary, seconds } from '../explain.ts';
import type { Rule } from './rule.ts';

interface KnownTimeout {
  readonly seconds: number;
  readonly source: string;
}

const KNOWN_TIMEOUTS: readonly KnownTimeout[] = [
  { seconds: 30, source: 'a 30 s idle timeout, common on load balancers and ingress controllers' },
  {
    seconds: 50,
    source: "HAProxy without timeout tunnel, which falls back to timeout client/server (50 s in Debian's stock config)",
  },
  { seconds: 60, source: "nginx's default proxy_read_timeout of 60 s (many load balancers also default to 60 s)" },
  { seconds: 75, source: 'a 75 s proxy idle timeout' },
  { seconds: 100, source: 'a 100 s proxy or CDN idle timeout' },
  { seconds: 120, source: 'a 120 s proxy or load-balancer idle timeout' },
];
const MIN_TOLERANCE_MS = 2000;
const RELATIVE_TOLERANCE = 0.06;

const SERVER_PINGS: Readonly<Record<ServerKind, string>> = {
  'tmail-backend': 'The TMail backend, like James, sends no WebSocket pings unless websocket.ping.interval is set.',
  james: 'Apache James sends no WebSocket pings unless websocket.ping.interval is set.',
  stalwart: 'Stalwart pings after 60 s of quiet, which does not help against a timeout of 60 s or less.',
  cyrus: 'Cyrus sends no frame on a quiet connection.',
  unknown:
    'Server pings, when a server sends them, are invisible to the page but keep proxies awake; none came often enough.',
};

function matchingTimeout(silenceMs: number): KnownTimeout | undefined {
  return KNOWN_TIMEOUTS.find((known) => {
    const expected = known.seconds * 1000;
    return Math.abs(silenceMs - expected) <= Math.max(MIN_TOLERANCE_MS, expected * RELATIVE_TOLERANCE);
  });
}

function isAbnormal(facts: ConnectionFacts): boolean {
  const close = facts.connection.close;
  return close === undefined || close.code === 1006 || !close.wasClean;
}

function clientPingNote(facts: ConnectionFacts, silence: number): string {
  const requests = facts.frames.filter(({ frame, message }) => frame.dir === 'sent' && message.type === 'Request');
  return requests.length === 0
    ? "The client sent no Request frames: TMail's echo ping (WS_ECHO_PING, every 10 s) is off by default."
    : `The client sent ${requests.length} Request frame(s) earlier, none in the last ${seconds(silence)}.`;
}

export const idleTimeout: Rule = (facts) => {
  const { openedAt, endedAt } = facts;
  if (openedAt === undefined || endedAt === undefined || !isAbnormal(facts)) return undefined;
  const lastActivity = Math.max(openedAt, facts.lastFrameAt ?? openedAt);
  const silence = endedAt - lastActivity;
  const timeout = matchingTimeout(silence);
  if (timeout === undefined) return undefined;
  return {
    id: 'idle-timeout',
    title: `An intermediary cut the connection after ${timeout.seconds} s without traffic`,
    explanation: [
      `The connection was open ${seconds(endedAt - openedAt)} and ended with ${closeSummary(facts, facts.connection.close)} after ${seconds(silence)} with no frame in either direction.`,
      `That matches ${timeout.source}.`,
      SERVER_PINGS[facts.server.kind],
      clientPingNote(facts, silence),
      `TMail then reconnects at once${facts.ticket === undefined ? '' : ' (minting a new ticket)'}, so the pattern repeats about every idle period.`,
    ].join(' '),
    checks: [
      'Raise the idle timeout for this path: nginx proxy_read_timeout and proxy_send_timeout, HAProxy timeout tunnel, or the load balancer idle timeout.',
      'Or make one side talk: James websocket.ping.interval (e.g. 30s), or TMail WS_ECHO_PING=true (a Core/echo every 10 s).',
      'Check the proxy log at the close time for a timeout entry.',
    ],
  };
};
