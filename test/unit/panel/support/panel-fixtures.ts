import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';
import type {
  ConnectionSource,
  ConnectionState,
  DropCounts,
  SessionSighting,
  StoredFrame,
  TabSnapshot,
} from '../../../../src/shared/protocol.ts';

export const NO_DROPS: DropCounts = { evicted: 0, rejected: 0, lostOnRestart: 0 };
export const PAGE_URL = 'https://mail.example.com/';

/** The background's view of a core connection record (its frames travel separately). */
export function stateOf(record: ConnectionRecord, source: ConnectionSource = 'live'): ConnectionState {
  const { frames: _frames, ticketMint: _mint, ...connection } = record;
  return { ...connection, source, frameId: 0, pageUrl: PAGE_URL };
}

/** The frames of several records, numbered from `firstId` in capture order as the background does per tab. */
export function storedFramesOf(records: readonly ConnectionRecord[], firstId = 1): StoredFrame[] {
  const frames = records.flatMap((record) => record.frames.map((frame) => ({ ...frame, connectionId: record.id })));
  return frames.sort((a, b) => a.at - b.at).map((frame, index) => ({ ...frame, id: firstId + index }));
}

export function sightingOf(json: unknown, url: string, at: number): SessionSighting {
  return { at, url, body: JSON.stringify(json) };
}

export interface SnapshotExtras {
  readonly sessions?: readonly SessionSighting[];
  readonly ticketMints?: readonly TicketMint[];
  readonly dropped?: DropCounts;
  readonly frameCap?: number;
  readonly preserveLog?: boolean;
}

export function snapshotOf(records: readonly ConnectionRecord[], extras: SnapshotExtras = {}): TabSnapshot {
  return {
    tabId: 1,
    connections: records.map((record) => stateOf(record)),
    frames: storedFramesOf(records),
    sessions: extras.sessions ?? [],
    ticketMints: extras.ticketMints ?? [],
    dropped: extras.dropped ?? NO_DROPS,
    frameCap: extras.frameCap ?? 50_000,
    preserveLog: extras.preserveLog ?? false,
  };
}

export function textFrame(id: number, connectionId: string, text: string, at = 1_000 + id): StoredFrame {
  return { id, connectionId, dir: id % 2 === 0 ? 'received' : 'sent', at, data: { kind: 'text', text } };
}
