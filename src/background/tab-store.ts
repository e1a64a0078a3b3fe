import type { TicketMint } from '../core/model/ticket-mint.ts';
import type {
  ConnectionState,
  DropCounts,
  PageEvent,
  ReplayFrame,
  SessionSighting,
  StoredFrame,
  TabDelta,
  TabSnapshot,
} from '../shared/protocol.ts';
import { applySocketEvent, mayStillCarryFrames } from './connection-lifecycle.ts';
import { ConnectionTable } from './connection-table.ts';
import { FrameRing } from './frame-ring.ts';
import type { HandshakeObservation } from './handshake-observation.ts';
import type { PageBatch } from './page-batch.ts';
import { RecentList } from './recent-list.ts';
import type { SavedTab } from './saved-tab.ts';

/** Sessions and ticket POSTs kept per tab: enough to link every recent connection. */
const MAX_SIGHTINGS = 50;

const sameDrops = (a: DropCounts, b: DropCounts) =>
  a.evicted === b.evicted && a.rejected === b.rejected && a.lostOnRestart === b.lostOnRestart;

/** Everything captured in one tab: connections, a bounded ring of frames, sessions and tickets, drop counts. */
export class TabStore {
  readonly tabId: number;
  readonly connections = new ConnectionTable();
  readonly frames: FrameRing;
  preserveLog = false;
  pageUrl = '';
  readonly #sessions = new RecentList<SessionSighting>(MAX_SIGHTINGS);
  readonly #mints = new RecentList<TicketMint>(MAX_SIGHTINGS);
  #rejected = 0;
  #lostOnRestart = 0;
  #lastSeq = new Map<string, number>();
  #deltaFrom: number;
  #reportedDrops: DropCounts;

  constructor(tabId: number, frameCap?: number) {
    this.tabId = tabId;
    this.frames = new FrameRing(frameCap);
    this.#deltaFrom = this.frames.nextId;
    this.#reportedDrops = this.dropped;
  }

  /** Applies a batch once: a batch sent again after a background restart is recognised by its sequence number. */
  applyPageBatch(batch: PageBatch, frameId: number): boolean {
    if ((this.#lastSeq.get(batch.document) ?? 0) >= batch.seq) return false;
    this.#lastSeq.set(batch.document, batch.seq);
    // The tab's URL is its top document's; each connection keeps the URL of the document that opened it.
    if (frameId === 0 || this.pageUrl === '') this.pageUrl = batch.pageUrl;
    this.#rejected += batch.rejected;
    for (const event of batch.events) {
      this.#applyEvent(`${batch.document}:${event.socket}`, event, frameId, batch.pageUrl);
    }
    return true;
  }

  /** A replay's connection as it stands now, and its frames not recorded yet. */
  recordReplay(connection: ConnectionState, frames: readonly ReplayFrame[]): void {
    this.connections.put(connection);
    for (const frame of frames) this.frames.push({ ...frame, connectionId: connection.id });
  }

  observeHandshake(observation: HandshakeObservation): void {
    this.connections.observe(observation);
  }

  addSession(session: SessionSighting): void {
    this.#sessions.add(session);
  }

  addTicketMint(mint: TicketMint): void {
    this.#mints.add(mint);
  }

  get dropped(): DropCounts {
    return { evicted: this.frames.evicted, rejected: this.#rejected, lostOnRestart: this.#lostOnRestart };
  }

  snapshot(): TabSnapshot {
    this.takeDelta();
    return {
      tabId: this.tabId,
      connections: this.connections.all(),
      frames: this.frames.since(0),
      sessions: this.#sessions.items,
      ticketMints: this.#mints.items,
      dropped: this.dropped,
      frameCap: this.frames.cap,
      preserveLog: this.preserveLog,
    };
  }

  /** What changed since the last delta or snapshot (a drop count alone counts); undefined when nothing did. */
  takeDelta(): TabDelta | undefined {
    const frames = this.frames.since(this.#deltaFrom);
    this.#deltaFrom = this.frames.nextId;
    const connections = this.connections.takeChanged();
    const [sessions, ticketMints, dropped] = [this.#sessions.takeNew(), this.#mints.takeNew(), this.dropped];
    const dropsChanged = !sameDrops(dropped, this.#reportedDrops);
    this.#reportedDrops = dropped;
    if (frames.length + connections.length + sessions.length + ticketMints.length === 0 && !dropsChanged) {
      return undefined;
    }
    return { connections, frames, sessions, ticketMints, dropped };
  }

  /**
   * Forgets what was captured. A navigation also shuts out the documents seen so far (their last batches may still
   * be on the way); the Clear button keeps the sockets that may still carry frames, so their next frames show.
   */
  clear(reason: 'navigation' | 'user'): void {
    if (reason === 'navigation') {
      for (const document of this.#lastSeq.keys()) this.#lastSeq.set(document, Number.MAX_SAFE_INTEGER);
      this.connections.clear();
    } else {
      this.connections.keepOnly(mayStillCarryFrames);
    }
    this.frames.clear();
    this.#sessions.replace([]);
    this.#mints.replace([]);
    this.#rejected = 0;
    this.#lostOnRestart = 0;
    this.#deltaFrom = this.frames.nextId;
  }

  save(): SavedTab {
    return {
      tabId: this.tabId,
      pageUrl: this.pageUrl,
      preserveLog: this.preserveLog,
      connections: this.connections.all(),
      sockets: this.connections.sockets(),
      sessions: this.#sessions.items,
      ticketMints: this.#mints.items,
      dropped: this.dropped,
      lastSeq: Object.fromEntries(this.#lastSeq),
      firstFrameId: this.frames.firstId,
      nextFrameId: this.frames.nextId,
    };
  }

  /**
   * Takes back a saved state. Saved segments may still hold frames evicted or cleared before the save: only the ids
   * the ring held then come back, and any of those missing (over the save budget, or never written) are counted.
   */
  restore(saved: SavedTab, frames: readonly StoredFrame[]): void {
    this.pageUrl = saved.pageUrl;
    this.preserveLog = saved.preserveLog;
    this.connections.restore(saved.connections, saved.sockets);
    this.#sessions.replace(saved.sessions);
    this.#mints.replace(saved.ticketMints);
    this.#rejected = saved.dropped.rejected;
    const held = frames.filter(({ id }) => id >= saved.firstFrameId && id < saved.nextFrameId);
    const missing = saved.nextFrameId - saved.firstFrameId - held.length;
    this.#lostOnRestart = saved.dropped.lostOnRestart + Math.max(0, missing);
    this.#lastSeq = new Map(Object.entries(saved.lastSeq));
    this.frames.restore(held, saved.dropped.evicted, saved.nextFrameId);
    this.#deltaFrom = this.frames.nextId;
    this.#reportedDrops = this.dropped;
  }

  #applyEvent(socketKey: string, event: PageEvent, frameId: number, pageUrl: string): void {
    if (event.type === 'open') {
      this.connections.open(socketKey, event, frameId, pageUrl);
      return;
    }
    const id = this.connections.idOfSocket(socketKey);
    if (id === undefined) {
      this.#rejected += 1; // Its socket's open was lost (bridge overflow): say so rather than drop it unseen.
      return;
    }
    if (event.type === 'frame') {
      const { dir, at, data, truncatedFrom } = event;
      this.frames.push({ connectionId: id, dir, at, data, ...(truncatedFrom ? { truncatedFrom } : {}) });
      return;
    }
    this.connections.update(id, (state) => applySocketEvent(state, event));
  }
}
