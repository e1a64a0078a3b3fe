import { groupedBy } from '../analysis/grouped-by.ts';
import { rememberedPer } from '../analysis/remembered-per.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { endpointOf } from './connection-facts.ts';

/** A reconnect "at once": TMail retries with no delay; a ticket POST in between takes well under this. */
export const RECONNECT_GAP_MS = 3000;
/** Clock jitter between the close event of one connection and the creation of the next. */
const OVERLAP_TOLERANCE_MS = 100;

function endOf(connection: ConnectionRecord): number | undefined {
  return connection.closedAt ?? connection.errorAt;
}

function followsAtOnce(previous: ConnectionRecord, next: ConnectionRecord): boolean {
  const end = endOf(previous);
  if (end === undefined) return false;
  const gap = next.createdAt - end;
  return gap >= -OVERLAP_TOLERANCE_MS && gap <= RECONNECT_GAP_MS;
}

/** Each id once (the first seen), in start order; the sort is stable, so ties keep the order given. */
function inStartOrder(connections: readonly ConnectionRecord[]): ConnectionRecord[] {
  const byId = new Map<string, ConnectionRecord>();
  for (const connection of connections) if (!byId.has(connection.id)) byId.set(connection.id, connection);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

function chainsOf(ordered: readonly ConnectionRecord[]): ConnectionRecord[][] {
  const chains: ConnectionRecord[][] = [];
  for (const current of ordered) {
    const chain = chains.at(-1);
    const previous = chain?.at(-1);
    if (chain !== undefined && previous !== undefined && followsAtOnce(previous, current)) chain.push(current);
    else chains.push([current]);
  }
  return chains;
}

/** The connections of one endpoint in start order, with the chain of each, worked out once for all of them. */
interface EndpointRuns {
  readonly ordered: readonly ConnectionRecord[];
  readonly positions: ReadonlyMap<string, number>;
  readonly chainAt: readonly (readonly ConnectionRecord[])[];
}

/** Per group of `groupedBy`, which is built once per list, so these are too. */
const endpointRuns = rememberedPer((group: readonly ConnectionRecord[]): EndpointRuns => {
  const ordered = inStartOrder(group);
  return {
    ordered,
    positions: new Map(ordered.map((connection, index) => [connection.id, index])),
    chainAt: chainsOf(ordered).flatMap((chain) => chain.map(() => chain)),
  };
});

function endpointKey(connection: ConnectionRecord): string[] {
  return [endpointOf(connection.handshake.url)];
}

/**
 * The shared runs answer for a connection that is itself in the list, unless another starts at the same instant: the
 * connection asked about comes first among equals, which the shared order does not promise.
 */
function sharedChain(connection: ConnectionRecord, runs: EndpointRuns): readonly ConnectionRecord[] | undefined {
  const at = runs.positions.get(connection.id);
  if (at === undefined || runs.ordered[at] !== connection) return undefined;
  const tied = [runs.ordered[at - 1], runs.ordered[at + 1]].some((other) => other?.createdAt === connection.createdAt);
  return tied ? undefined : runs.chainAt[at];
}

/** The run of connections, in order, that each started at once after the previous one ended; includes `connection`. */
export function reconnectChain(
  connection: ConnectionRecord,
  others: readonly ConnectionRecord[],
): readonly ConnectionRecord[] {
  const group = groupedBy(others, endpointKey).get(endpointOf(connection.handshake.url)) ?? [];
  const shared = sharedChain(connection, endpointRuns(group));
  if (shared !== undefined) return shared;
  const chains = chainsOf(inStartOrder([connection, ...group]));
  return chains.find((chain) => chain.some((member) => member.id === connection.id)) ?? [connection];
}

/** How long a connection was open, or undefined when it never opened or has not ended. */
export function openLifetime(connection: ConnectionRecord): number | undefined {
  const end = endOf(connection);
  return connection.openAt === undefined || end === undefined ? undefined : end - connection.openAt;
}

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
