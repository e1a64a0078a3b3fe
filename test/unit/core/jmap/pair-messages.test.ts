import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { pairMessages } from '../../../../src/core/jmap/pair-messages.ts';
import { parseFrame } from '../../../../src/core/jmap/parse-frame.ts';
import type { CapturedFrame } from '../../../../src/core/model/frame.ts';
import {
  binaryFrame,
  CLIENT_SENT_RESPONSE,
  f1Frames,
  f4JamesFrames,
  frame,
  IDLESS_ECHO_REQUEST,
  JAMES_ECHO_RESPONSE,
  JAMES_IDLESS_ECHO_RESPONSE,
  JAMES_NOT_REQUEST_MISSING_TYPE,
  JAMES_NOT_REQUEST_NON_JSON,
  JAMES_STATE_CHANGE,
  PUSH_DISABLE,
  QUICK_BROWN_FOX,
  RFC_ECHO_REQUEST,
  RFC_LIMIT_ERROR,
  STALWART_ECHO_RESPONSE,
  STALWART_EMAIL_PUSH,
  STALWART_IDLESS_ECHO_RESPONSE,
  STALWART_NOT_REQUEST,
  STALWART_STATE_CHANGE,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
  TMAIL_PUSH_ENABLE_WITH_LABEL,
} from '../../../fixtures/frames.ts';

vi.mock('../../../../src/core/jmap/parse-frame.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/core/jmap/parse-frame.ts')>();
  return { parseFrame: vi.fn(original.parseFrame) };
});

const request = (id: string | null | undefined, at: number): CapturedFrame =>
  frame('sent', JSON.stringify({ '@type': 'Request', id, using: [], methodCalls: [] }), at);
const response = (requestId: string | null | undefined, at: number): CapturedFrame =>
  frame('received', JSON.stringify({ '@type': 'Response', requestId, methodResponses: [] }), at);
const requestError = (requestId: string | null | undefined, at: number): CapturedFrame =>
  frame('received', JSON.stringify({ '@type': 'RequestError', requestId, type: 'urn:x', status: 400 }), at);

const ids = (frames: readonly CapturedFrame[]): number[] => frames.map((f) => f.id);
const pairIds = (frames: readonly CapturedFrame[]) =>
  pairMessages(frames).pairs.map((pair) => [pair.request.id, pair.response.id, pair.match]);

describe('pairMessages: by id', () => {
  test('F1: each James answer to the reused "R1" pairs with the oldest unanswered R1, with its latency', () => {
    const result = pairMessages(f1Frames(1000));
    expect(result.pairs.map((pair) => [pair.request.id, pair.response.id, pair.latencyMs, pair.error])).toEqual([
      [2, 3, 12, false],
      [5, 6, 9, false],
    ]);
    expect(result.pairs.every((pair) => pair.match === 'id')).toBe(true);
    expect(result.unanswered).toEqual([]);
    expect(result.orphans).toEqual([]);
  });

  test('a reused id with fewer answers than requests leaves the newest unanswered', () => {
    const frames = [
      frame('sent', TMAIL_ECHO_REQUEST, 0, 1),
      frame('sent', TMAIL_ECHO_REQUEST, 10_000, 2),
      frame('received', STALWART_ECHO_RESPONSE, 10_005, 3),
      frame('sent', TMAIL_ECHO_REQUEST, 20_000, 4),
      frame('received', JAMES_ECHO_RESPONSE, 20_004, 5),
    ];
    const result = pairMessages(frames);
    expect(result.pairs.map((pair) => [pair.request.id, pair.response.id])).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(ids(result.unanswered)).toEqual([4]);
  });

  test('answers out of order pair by id (RFC 8887 §4.3.2)', () => {
    expect(pairIds([request('A', 1), request('B', 2), response('B', 3), response('A', 4)])).toEqual([
      [2, 3, 'id'],
      [1, 4, 'id'],
    ]);
  });

  test('a RequestError with a requestId pairs by id and is flagged', () => {
    const [pair] = pairMessages([request('R9', 1), requestError('R9', 5)]).pairs;
    expect(pair).toMatchObject({ latencyMs: 4, error: true, match: 'id' });
  });

  test('an answer to an unknown id is an orphan, and does not take an id-less request', () => {
    const result = pairMessages([request(undefined, 1), response('Z', 2)]);
    expect(result.pairs).toEqual([]);
    expect(ids(result.orphans)).toEqual([2]);
    expect(ids(result.unanswered)).toEqual([1]);
  });
});

describe('pairMessages: without id', () => {
  test('James requestId null pairs with the id-less request', () => {
    const frames = [frame('sent', IDLESS_ECHO_REQUEST, 1), frame('received', JAMES_IDLESS_ECHO_RESPONSE, 3)];
    expect(pairIds(frames)).toEqual([[1, 3, 'no-id']]);
  });

  test('Stalwart omitted requestId pairs with the id-less request', () => {
    const frames = [frame('sent', IDLESS_ECHO_REQUEST, 1), frame('received', STALWART_IDLESS_ECHO_RESPONSE, 3)];
    expect(pairIds(frames)).toEqual([[1, 3, 'no-id']]);
  });

  test('id-less answers pair FIFO, and JSON null and absent ids share one queue', () => {
    const frames = [request(null, 1), request(undefined, 2), response(undefined, 3), response(null, 4)];
    expect(pairIds(frames)).toEqual([
      [1, 3, 'no-id'],
      [2, 4, 'no-id'],
    ]);
  });

  test('an id-less answer never takes a request that had an id', () => {
    const result = pairMessages([
      frame('sent', TMAIL_ECHO_REQUEST, 1),
      frame('received', JAMES_IDLESS_ECHO_RESPONSE, 2),
    ]);
    expect(ids(result.unanswered)).toEqual([1]);
    expect(ids(result.orphans)).toEqual([2]);
  });
});

describe('pairMessages: id-less RequestErrors', () => {
  test('F4 on James: each notRequest pairs with the refused frame, the RFC echo by id', () => {
    const result = pairMessages(f4JamesFrames(0));
    expect(result.pairs.map((pair) => [pair.request.id, pair.response.id, pair.match, pair.error])).toEqual([
      [1, 2, 'id', false],
      [5, 6, 'rejected', true],
      [7, 8, 'rejected', true],
    ]);
    expect(result.unanswered).toEqual([]);
    expect(result.orphans).toEqual([]);
  });

  test('Stalwart notRequest without requestId pairs with "The quick brown fox"', () => {
    const frames = [frame('sent', QUICK_BROWN_FOX, 1), frame('received', STALWART_NOT_REQUEST, 2)];
    expect(pairIds(frames)).toEqual([[1, 2, 'rejected']]);
  });

  test('a refused frame is preferred to a pending id-less request, which keeps its Response', () => {
    const frames = [
      request(undefined, 1),
      frame('sent', CLIENT_SENT_RESPONSE, 2),
      frame('received', JAMES_NOT_REQUEST_MISSING_TYPE, 3),
      frame('received', JAMES_IDLESS_ECHO_RESPONSE, 4),
    ];
    expect(pairIds(frames)).toEqual([
      [2, 3, 'rejected'],
      [1, 4, 'no-id'],
    ]);
  });

  test('with no refused frame, an id-less request takes the error', () => {
    const [pair] = pairMessages([request(null, 1), frame('received', RFC_LIMIT_ERROR, 2)]).pairs;
    expect(pair).toMatchObject({ match: 'no-id', error: true });
  });

  test('with nothing else pending, a PushEnable takes the error (a dataTypes list the server refused)', () => {
    const frames = [
      frame('sent', TMAIL_PUSH_ENABLE_WITH_LABEL, 1),
      frame('sent', TMAIL_ECHO_REQUEST, 2),
      frame('received', JAMES_NOT_REQUEST_NON_JSON, 3),
    ];
    expect(pairIds(frames)).toEqual([[1, 3, 'rejected']]);
  });

  test('a PushDisable is a candidate too, but each sent frame takes one answer only', () => {
    const frames = [frame('sent', PUSH_DISABLE, 1), requestError(undefined, 2), requestError(null, 3)];
    const result = pairMessages(frames);
    expect(result.pairs.map((pair) => pair.request.id)).toEqual([1]);
    expect(ids(result.orphans)).toEqual([3]);
  });

  test('a binary frame is never a candidate: servers drop it', () => {
    const result = pairMessages([binaryFrame('sent', 4, '7b7d0a0a', 1), frame('received', STALWART_NOT_REQUEST, 2)]);
    expect(result.pairs).toEqual([]);
    expect(ids(result.orphans)).toEqual([2]);
  });

  test('a Request of the wrong shape is a refused frame, not a Request', () => {
    const badRequest = frame('sent', '{"@type":"Request","id":"R1","using":"urn:ietf:params:jmap:core"}', 1);
    const result = pairMessages([badRequest, frame('received', STALWART_NOT_REQUEST, 2)]);
    expect(result.pairs.map((pair) => pair.match)).toEqual(['rejected']);
    expect(result.unanswered).toEqual([]);
  });
});

describe('pairMessages: frames that are not answers', () => {
  test('push, invalid and client-type frames from the server are neither pairs nor orphans', () => {
    const frames = [
      frame('sent', TMAIL_PUSH_ENABLE, 1),
      frame('received', JAMES_STATE_CHANGE, 2),
      frame('received', STALWART_STATE_CHANGE, 3),
      frame('received', STALWART_EMAIL_PUSH, 4),
      frame('received', 'not json', 5),
      frame('received', TMAIL_ECHO_REQUEST, 6),
      binaryFrame('received', 2, '0000', 7),
    ];
    expect(pairMessages(frames)).toEqual({ pairs: [], unanswered: [], orphans: [] });
  });

  test('frames are taken in time order, whatever the input order', () => {
    const frames = [response('A', 5), request('A', 1)];
    expect(pairIds(frames)).toEqual([[1, 5, 'id']]);
  });

  test('an answer received before its request is an orphan', () => {
    const result = pairMessages([response('A', 1), request('A', 2)]);
    expect(ids(result.orphans)).toEqual([1]);
    expect(ids(result.unanswered)).toEqual([2]);
  });

  test('a request and its answer in the same millisecond keep capture order', () => {
    const [pair] = pairMessages([
      frame('sent', RFC_ECHO_REQUEST, 7, 1),
      frame('received', JAMES_ECHO_RESPONSE, 7, 2),
    ]).pairs;
    expect(pair).toMatchObject({ latencyMs: 0, match: 'id' });
  });

  test('each frame is parsed once', () => {
    const frames = f4JamesFrames(0);
    vi.mocked(parseFrame).mockClear();
    pairMessages(frames);
    expect(parseFrame).toHaveBeenCalledTimes(frames.length);
  });

  test('no frames, no pairs', () => {
    expect(pairMessages([])).toEqual({ pairs: [], unanswered: [], orphans: [] });
  });
});

describe('pairMessages properties', () => {
  const correlation = fc.constantFrom<string | null | undefined>('R1', 'R2', 'c', null, undefined);
  const text = fc.oneof(
    correlation.map((id) => JSON.stringify({ '@type': 'Request', id, using: [], methodCalls: [] })),
    correlation.map((requestId) => JSON.stringify({ '@type': 'Response', requestId, methodResponses: [] })),
    correlation.map((requestId) => JSON.stringify({ '@type': 'RequestError', requestId, type: 'urn:x' })),
    fc.constantFrom(TMAIL_PUSH_ENABLE, PUSH_DISABLE, QUICK_BROWN_FOX, CLIENT_SENT_RESPONSE, JAMES_STATE_CHANGE),
    fc.string(),
  );
  const frameArb = fc.record({
    dir: fc.constantFrom<'sent' | 'received'>('sent', 'received'),
    text,
    at: fc.integer({ min: 0, max: 50 }),
    binary: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });
  const framesArb = fc
    .array(frameArb, { maxLength: 40 })
    .map((drafts) =>
      drafts.map((draft, index) =>
        draft.binary
          ? binaryFrame(draft.dir, 3, 'ffffff', draft.at, index)
          : frame(draft.dir, draft.text, draft.at, index),
      ),
    );

  test('every Request is paired or unanswered, every answer paired or orphaned, each exactly once', () => {
    fc.assert(
      fc.property(framesArb, (frames) => {
        const result = pairMessages(frames);
        const types = new Map(frames.map((f) => [f, parseFrame(f.data).type]));
        const requests = frames.filter((f) => f.dir === 'sent' && types.get(f) === 'Request');
        const answers = frames.filter(
          (f) => f.dir === 'received' && (types.get(f) === 'Response' || types.get(f) === 'RequestError'),
        );
        const pairedRequests = result.pairs.map((pair) => pair.request);
        const pairedAnswers = result.pairs.map((pair) => pair.response);
        expect(new Set(pairedRequests).size).toBe(pairedRequests.length);
        expect([...pairedAnswers, ...result.orphans].sort((a, b) => a.id - b.id)).toEqual(answers);
        const requestOutcomes = [...pairedRequests.filter((f) => types.get(f) === 'Request'), ...result.unanswered];
        expect(requestOutcomes.sort((a, b) => a.id - b.id)).toEqual(requests);
        for (const pair of result.pairs) {
          expect(pair.request.dir).toBe('sent');
          expect(pair.latencyMs).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  test('never throws on arbitrary frame data', () => {
    const data = fc.oneof(
      fc.record({ kind: fc.constant<'text'>('text'), text: fc.string({ unit: 'binary' }) }),
      fc.record({ kind: fc.constant<'binary'>('binary'), size: fc.nat(), headHex: fc.string() }),
    );
    const anyFrame = fc.record({
      id: fc.integer(),
      dir: fc.constantFrom<'sent' | 'received'>('sent', 'received'),
      at: fc.double(),
      data,
    });
    fc.assert(
      fc.property(fc.array(anyFrame, { maxLength: 30 }), (frames) => {
        const result = pairMessages(frames);
        expect(result.pairs.length + result.orphans.length).toBeLessThanOrEqual(frames.length);
      }),
    );
  });
});
