import type { CapturedFrame } from '../model/frame.ts';
import type { JmapMessage } from './jmap-message.ts';
import { parseFrame } from './parse-frame.ts';

/**
 * How an answer found the frame it answers:
 * - `id`: its `requestId` string equals the Request's `id`. A reused id (TMail's echo sends "R1" every 10 s)
 *   pairs with the oldest unanswered Request of that id.
 * - `no-id`: the answer has `requestId: null` (James) or none (Stalwart) and pairs with the oldest unanswered
 *   Request sent without an `id`.
 * - `rejected`: an id-less RequestError paired with a sent frame that is not a Request: first the oldest unanswered
 *   frame that is no JMAP client message (invalid JSON, unknown `@type`, a server type such as `Response`, a known
 *   type of the wrong shape); when there is none, the oldest id-less Request (`no-id`); when there is none either,
 *   the oldest WebSocketPushEnable/Disable (James and Stalwart reject some of those with notRequest and no id).
 * Binary frames are never paired: servers drop them (James filters them out; RFC 8887 §4.3.1 allows ignoring them).
 */
export type PairMatch = 'id' | 'no-id' | 'rejected';

export interface MessagePair {
  /** A sent Request, or for `rejected` the sent frame the server refused. */
  readonly request: CapturedFrame;
  /** A received Response or RequestError. */
  readonly response: CapturedFrame;
  /** `response.at − request.at`. */
  readonly latencyMs: number;
  /** True when the answer is a RequestError. */
  readonly error: boolean;
  readonly match: PairMatch;
}

export interface MessagePairing {
  /** In the order the answers arrived. */
  readonly pairs: readonly MessagePair[];
  /** Sent Requests that got no answer, in the order they were sent. */
  readonly unanswered: readonly CapturedFrame[];
  /** Received Responses and RequestErrors that answer no sent frame, in the order they arrived. */
  readonly orphans: readonly CapturedFrame[];
}

type Answer = Extract<JmapMessage, { type: 'Response' | 'RequestError' }>;

/** Sent frames still waiting for an answer, oldest first in each queue. */
interface Waiting {
  readonly byId: Map<string, CapturedFrame[]>;
  readonly withoutId: CapturedFrame[];
  readonly rejected: CapturedFrame[];
  readonly pushControl: CapturedFrame[];
}

function queueFor(byId: Map<string, CapturedFrame[]>, id: string): CapturedFrame[] {
  const queue = byId.get(id) ?? [];
  byId.set(id, queue);
  return queue;
}

function wait(waiting: Waiting, frame: CapturedFrame, message: JmapMessage): void {
  switch (message.type) {
    case 'Request':
      if (typeof message.id === 'string') queueFor(waiting.byId, message.id).push(frame);
      else waiting.withoutId.push(frame);
      return;
    case 'WebSocketPushEnable':
    case 'WebSocketPushDisable':
      waiting.pushControl.push(frame);
      return;
    case 'binary':
      return;
    default:
      waiting.rejected.push(frame);
  }
}

type Found = { readonly request: CapturedFrame; readonly match: PairMatch };

function found(request: CapturedFrame | undefined, match: PairMatch): Found | undefined {
  return request === undefined ? undefined : { request, match };
}

function takeAnswered(waiting: Waiting, answer: Answer): Found | undefined {
  const id = answer.requestId;
  if (typeof id === 'string') return found(waiting.byId.get(id)?.shift(), 'id');
  if (answer.type === 'Response') return found(waiting.withoutId.shift(), 'no-id');
  return (
    found(waiting.rejected.shift(), 'rejected') ??
    found(waiting.withoutId.shift(), 'no-id') ??
    found(waiting.pushControl.shift(), 'rejected')
  );
}

function isAnswer(message: JmapMessage): message is Answer {
  return message.type === 'Response' || message.type === 'RequestError';
}

/** Pairs sent Requests with received answers (RFC 8887 §4.3.2–4.3.4); each frame is parsed once. */
export function pairMessages(frames: readonly CapturedFrame[]): MessagePairing {
  const waiting: Waiting = { byId: new Map(), withoutId: [], rejected: [], pushControl: [] };
  const requests: CapturedFrame[] = [];
  const pairs: MessagePair[] = [];
  const orphans: CapturedFrame[] = [];
  // Array.prototype.sort is stable, so frames captured in the same millisecond keep their capture order.
  for (const frame of [...frames].sort((a, b) => a.at - b.at)) {
    const message = parseFrame(frame.data);
    if (frame.dir === 'sent') {
      if (message.type === 'Request') requests.push(frame);
      wait(waiting, frame, message);
    } else if (isAnswer(message)) {
      const match = takeAnswered(waiting, message);
      if (match === undefined) orphans.push(frame);
      else pairs.push(pairOf(match, frame, message));
    }
  }
  const answered = new Set(pairs.map((pair) => pair.request));
  return { pairs, unanswered: requests.filter((request) => !answered.has(request)), orphans };
}

function pairOf({ request, match }: Found, response: CapturedFrame, answer: Answer): MessagePair {
  return { request, response, latencyMs: response.at - request.at, error: answer.type === 'RequestError', match };
}
