import type { CloseInfo } from '../../../../../src/core/model/connection-record.ts';
import type { HttpHeader } from '../../../../../src/core/model/http-header.ts';
import type { HandshakeDetails, SocketFactory, SocketRequest } from '../../../../../src/core/replay/replay-io.ts';
import type { FakeClock } from './fake-clock.ts';

/** How the fake endpoint answers a handshake. */
export type Handshake =
  | { readonly kind: 'open'; readonly protocol?: string }
  | {
      readonly kind: 'refuse';
      readonly status: number;
      readonly headers?: readonly HttpHeader[];
      readonly body?: string;
    }
  | { readonly kind: 'network-error'; readonly error: string }
  | { readonly kind: 'silent' };

export interface ServerScript {
  readonly handshake: (request: SocketRequest) => Handshake;
  /** Frames the server sends back for one client frame, each after its delay. */
  readonly answer?: (text: string) => readonly { readonly delayMs: number; readonly text: string }[];
  /** A proxy that cuts the tunnel after this much silence (close 1006). */
  readonly idleCutMs?: number;
}

export interface FakeSocketLog {
  readonly request: SocketRequest;
  readonly sent: string[];
  closedWith?: readonly [number, string];
}

const HANDSHAKE_MS = 30;
const ABNORMAL: CloseInfo = { code: 1006, reason: '', wasClean: false };

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 401: 'Unauthorized', 502: 'Bad Gateway' };

/** A socket factory whose sockets behave like a browser WebSocket talking to `script`, on the fake clock. */
export function fakeSocketFactory(
  clock: FakeClock,
  script: ServerScript,
): { factory: SocketFactory; sockets: FakeSocketLog[] } {
  const sockets: FakeSocketLog[] = [];
  const factory: SocketFactory = (request, listener) => {
    const log: FakeSocketLog = { request, sent: [] };
    sockets.push(log);
    let state: 'connecting' | 'open' | 'closed' = 'connecting';
    let idleTimer: unknown;
    const closeWith = (info: CloseInfo) => {
      if (state === 'closed') return;
      state = 'closed';
      clock.clearTimeout(idleTimer);
      listener.close(info);
    };
    const touch = () => {
      if (script.idleCutMs === undefined) return;
      clock.clearTimeout(idleTimer);
      idleTimer = clock.setTimeout(() => {
        listener.error('');
        closeWith(ABNORMAL);
      }, script.idleCutMs);
    };
    const fail = (details: HandshakeDetails) => {
      listener.handshake(details);
      listener.error('');
      closeWith(ABNORMAL);
    };
    const answer = script.handshake(request);
    clock.setTimeout(() => {
      if (answer.kind === 'open') {
        state = 'open';
        listener.open({ protocol: answer.protocol ?? 'jmap', extensions: '' });
        touch();
      } else if (answer.kind === 'refuse') {
        const statusLine = `HTTP/1.1 ${answer.status} ${STATUS_TEXT[answer.status] ?? ''}`.trim();
        fail({ status: answer.status, statusLine, responseHeaders: answer.headers ?? [], responseBody: answer.body });
      } else if (answer.kind === 'network-error') fail({ error: answer.error });
    }, HANDSHAKE_MS);
    return {
      send: (text) => {
        if (state !== 'open') throw new Error('fake socket: send while not open');
        log.sent.push(text);
        touch();
        for (const reply of script.answer?.(text) ?? []) {
          clock.setTimeout(() => {
            if (state !== 'open') return;
            listener.message({ kind: 'text', text: reply.text });
            touch();
          }, reply.delayMs);
        }
      },
      close: (code, reason) => {
        log.closedWith = [code, reason];
        const wasOpen = state === 'open';
        clock.setTimeout(() => closeWith(wasOpen ? { code, reason, wasClean: true } : ABNORMAL), 1);
      },
    };
  };
  return { factory, sockets };
}

/** A JMAP server: answers each Request with a Response of the same id, and a PushEnable with a StateChange. */
export function jmapAnswers(pushDelayMs: number | undefined, responseMs = 12): ServerScript['answer'] {
  return (text) => {
    const message = JSON.parse(text) as { '@type': string; id?: string; methodCalls?: unknown[] };
    if (message['@type'] === 'Request') {
      const reply = { '@type': 'Response', requestId: message.id, methodResponses: message.methodCalls };
      return [{ delayMs: responseMs, text: JSON.stringify(reply) }];
    }
    if (message['@type'] === 'WebSocketPushEnable' && pushDelayMs !== undefined) {
      return [{ delayMs: pushDelayMs, text: '{"@type":"StateChange","changed":{"b":{"Email":"sb2"}}}' }];
    }
    return [];
  };
}
