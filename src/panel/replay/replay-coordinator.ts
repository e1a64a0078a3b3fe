import type { ConnectionRecord } from '../../core/model/connection-record.ts';
import type { ReplaySocket, SocketFactory, SocketListener } from '../../core/replay/replay-io.ts';
import type { BackgroundToPanel, ReplayOrigin } from '../../shared/protocol.ts';
import type { Send } from '../store-context.ts';
import { recordToReplay } from './record-to-replay.ts';

type ReplayMessage = Extract<BackgroundToPanel, { type: 'replay-ready' | 'replay-handshake' }>;

export type OpenSocket = (url: string, protocols: readonly string[], listener: SocketListener) => ReplaySocket;

/**
 * The panel's half of a replay: before the socket opens, the background is asked to watch its handshake and to set
 * the `header` transport's Authorization; what the network saw comes back into the replay's record; every update
 * of the record goes to the background's store, so the replay lists like any connection.
 */
export class ReplayCoordinator {
  readonly #send: Send;
  readonly #open: OpenSocket;
  readonly #waiting = new Map<string, (error: string | undefined) => void>();
  readonly #listeners = new Map<string, SocketListener>();
  readonly #reported = new Map<string, number>();

  constructor(send: Send, open: OpenSocket) {
    this.#send = send;
    this.#open = open;
  }

  /** The engine's socket factory for the replay `replayId` (its connection id). */
  socketFactory(replayId: string): SocketFactory {
    return ({ url, protocols, authorization }, listener) => {
      let socket: ReplaySocket | undefined;
      let closeAsked: [number, string] | undefined;
      this.#listeners.set(replayId, listener);
      this.#waiting.set(replayId, (error) => {
        if (error !== undefined) {
          listener.error(error);
          listener.close({ code: 1006, reason: '', wasClean: false });
          return;
        }
        socket = this.#open(url, protocols, listener);
        if (closeAsked) socket.close(...closeAsked);
      });
      this.#send({ type: 'replay-prepare', replayId, url, ...(authorization === undefined ? {} : { authorization }) });
      return {
        send: (text) => socket?.send(text),
        close: (code, reason) => {
          if (socket) socket.close(code, reason);
          else closeAsked = [code, reason];
        },
      };
    };
  }

  receive(message: ReplayMessage): void {
    if (message.type === 'replay-ready') {
      const ready = this.#waiting.get(message.replayId);
      this.#waiting.delete(message.replayId);
      ready?.(message.error);
      return;
    }
    const { ended: _ended, ...details } = message.handshake;
    this.#listeners.get(message.replayId)?.handshake(details);
  }

  /** Sends the record as it stands, with the frames the store does not have yet. */
  report(record: ConnectionRecord, origin: ReplayOrigin): void {
    const known = this.#reported.get(record.id) ?? 0;
    this.#reported.set(record.id, record.frames.length);
    const { connection, frames } = recordToReplay(record, origin, known);
    this.#send({ type: 'replay-record', connection, frames });
  }

  finish(replayId: string): void {
    this.#waiting.delete(replayId);
    this.#listeners.delete(replayId);
    this.#send({ type: 'replay-finished', replayId });
  }
}

export const isReplayMessage = (message: BackgroundToPanel): message is ReplayMessage =>
  message.type === 'replay-ready' || message.type === 'replay-handshake';
