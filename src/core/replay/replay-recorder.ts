import type { CloseInfo, ConnectionRecord } from '../model/connection-record.ts';
import type { Direction, FrameData } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import type { HandshakeDetails } from './replay-io.ts';

/**
 * Builds a replay's `ConnectionRecord` the way the live capture does, one event at a time; `record` is a fresh
 * immutable snapshot after each, so `analyzeConnection` reads a replay exactly like a live connection.
 */
export class ReplayRecorder {
  #record: ConnectionRecord;
  #nextFrameId = 1;

  constructor(id: string, handshake: HandshakeRecord, createdAt: number, ticketMint?: TicketMint) {
    this.#record = { id, handshake, createdAt, frames: [], ...(ticketMint === undefined ? {} : { ticketMint }) };
  }

  get record(): ConnectionRecord {
    return this.#record;
  }

  handshake(details: HandshakeDetails): void {
    const defined = Object.entries(details).filter(([, value]) => value !== undefined);
    this.#record = { ...this.#record, handshake: { ...this.#record.handshake, ...Object.fromEntries(defined) } };
  }

  /** The socket opened: the server answered 101 with this subprotocol (unless the network layer said otherwise). */
  open(at: number, protocol: string, extensions: string): void {
    const { handshake } = this.#record;
    const upgraded = {
      ...handshake,
      status: handshake.status ?? 101,
      chosenProtocol: protocol,
      ...(extensions === '' ? {} : { extensions }),
    };
    this.#record = { ...this.#record, openAt: at, handshake: upgraded };
  }

  frame(dir: Direction, data: FrameData, at: number): void {
    const frame = { id: this.#nextFrameId++, dir, at, data };
    this.#record = { ...this.#record, frames: [...this.#record.frames, frame] };
  }

  /** The `error` event; before the socket opened, its text is the handshake's network error too. */
  error(at: number, message: string): void {
    const { handshake, openAt } = this.#record;
    const withError = openAt === undefined && message !== '' && handshake.error === undefined;
    this.#record = {
      ...this.#record,
      errorAt: at,
      ...(withError ? { handshake: { ...handshake, error: message } } : {}),
    };
  }

  close(at: number, close: CloseInfo): void {
    if (this.#record.closedAt !== undefined) return;
    this.#record = { ...this.#record, closedAt: at, close };
  }

  /** The run is over: a socket that never reported its close still gets an end time (and no close code). */
  end(at: number): void {
    if (this.#record.closedAt === undefined && this.#record.errorAt === undefined) {
      this.#record = { ...this.#record, closedAt: at };
    }
  }
}
