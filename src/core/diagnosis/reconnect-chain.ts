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

function sameEndpoint(connection: ConnectionRecord, others: readonly ConnectionRecord[]): ConnectionRecord[] {
  const endpoint = endpointOf(connection.handshake.url);
  const byId = new Map<string, ConnectionRecord>();
  for (const other of [connection, ...others]) {
    if (!byId.has(other.id) && endpointOf(other.handshake.url) === endpoint) byId.set(other.id, other);
  }
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

/** The run of connections, in order, that each started at once after the previous one ended; includes `connection`. */
export function reconnectChain(
  connection: ConnectionRecord,
  others: readonly ConnectionRecord[],
): readonly ConnectionRecord[] {
  const ordered = sameEndpoint(connection, others);
  const chains: ConnectionRecord[][] = [];
  for (const current of ordered) {
    const chain = chains.at(-1);
    const previous = chain?.at(-1);
    if (chain !== undefined && previous !== undefined && followsAtOnce(previous, current)) chain.push(current);
    else chains.push([current]);
  }
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
