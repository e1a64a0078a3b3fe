import type { CapturedFrame } from './frame.ts';
import type { HandshakeRecord } from './handshake-record.ts';
import type { TicketMint } from './ticket-mint.ts';

export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
  readonly wasClean: boolean;
}

/** One WebSocket connection as captured (live, replayed or imported). All times are epoch milliseconds. */
export interface ConnectionRecord {
  readonly id: string;
  readonly handshake: HandshakeRecord;
  /** When the page called `new WebSocket()`. */
  readonly createdAt: number;
  readonly openAt?: number;
  readonly errorAt?: number;
  readonly closedAt?: number;
  readonly close?: CloseInfo;
  readonly frames: readonly CapturedFrame[];
  /** The ticket POST that preceded this connection, if one was seen. */
  readonly ticketMint?: TicketMint;
}
