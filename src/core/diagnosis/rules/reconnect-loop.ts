import { rememberedPer } from '../../analysis/remembered-per.ts';
import type { ConnectionRecord } from '../../model/connection-record.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { quote, seconds, sentences } from '../explain.ts';
import { median, openLifetime, RECONNECT_GAP_MS, reconnectChain } from '../reconnect-chain.ts';
import type { Rule } from './rule.ts';

export const MIN_LOOP_LENGTH = 3;
const LOCKOUT_CHECK =
  'Stalwart answers 429 after repeated failed authentications, which can lock the account out for a while.';

function statusCounts(failed: readonly ConnectionRecord[]): string {
  const counts = new Map<string, number>();
  for (const connection of failed) {
    const status = connection.handshake.status === undefined ? 'no status' : `HTTP ${connection.handshake.status}`;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].map(([status, count]) => (count > 1 ? `${status} ×${count}` : status)).join(', ');
}

/** Every connection of a chain tells the same pattern, and the chain is shared: told once per chain. */
const pattern = rememberedPer((chain: readonly ConnectionRecord[]): string => {
  const lifetimes = chain.map(openLifetime).filter((lifetime) => lifetime !== undefined);
  const failed = chain.filter((connection) => connection.openAt === undefined);
  const parts: string[] = [];
  if (failed.length > 0) {
    parts.push(
      `${failed.length} never opened (${statusCounts(failed)}); TMail makes 4 attempts (one and 3 immediate retries), then waits for a network change or an app resume.`,
    );
  }
  const typical = median(lifetimes);
  if (typical !== undefined) {
    parts.push(
      `${lifetimes.length} opened and lasted about ${seconds(typical)} each; an opened connection resets TMail's retry counter, so this repeats without end.`,
    );
  }
  return parts.join(' ');
});

function describe(facts: ConnectionFacts, chain: readonly ConnectionRecord[]): string {
  const first = chain[0]?.createdAt ?? facts.connection.createdAt;
  const last = chain.at(-1)?.createdAt ?? first;
  return sentences([
    `${chain.length} connections to ${quote(facts, facts.endpoint)} started within ${seconds(last - first)}, each at most ${seconds(RECONNECT_GAP_MS)} after the previous one ended, with no backoff.`,
    pattern(chain),
    facts.ticket === undefined ? '' : 'In ticket mode every attempt mints a new ticket first.',
  ]);
}

export const reconnectLoop: Rule = (facts) => {
  const chain = reconnectChain(facts.connection, facts.context.otherConnections ?? []);
  if (chain.length < MIN_LOOP_LENGTH) return undefined;
  return {
    id: 'reconnect-loop',
    title: `The client reconnects in a loop: ${chain.length} connections back to back`,
    explanation: describe(facts, chain),
    checks: [
      'Fix what ends each connection (see the causes on the individual connections): the loop is a symptom.',
      'Count the ticket POSTs or token uses: every attempt creates load and log entries on the server.',
      ...(chain.some((connection) => connection.handshake.status === 401) ? [LOCKOUT_CHECK] : []),
    ],
  };
};
