import { describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { planReplay, WATCH_PUSH_ENABLE } from '../../../../src/core/replay/replay-plan.ts';
import {
  binaryFrame,
  frame,
  JAMES_ECHO_RESPONSE,
  RFC_ECHO_REQUEST,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';
import { F1_TICKET_OK, F4_HEADER_OK } from '../../../fixtures/scenario-connections.ts';

const OPEN = F1_TICKET_OK.openAt ?? 0;
const SET_REQUEST =
  '{"@type":"Request","id":"R2","using":["urn:ietf:params:jmap:core","urn:ietf:params:jmap:mail"],"methodCalls":[["Email/get",{},"a"],["Email/set",{"destroy":["m1"]},"b"],["Core/echo",{},"c"]]}';

function plan(connection: ConnectionRecord, options: Parameters<typeof planReplay>[1] = {}) {
  const result = planReplay(connection, options);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.plan;
}

describe('planReplay', () => {
  test('F1 fast: PushEnable and the echo Requests, in order, at once', () => {
    const { steps, mode, waitMs, connectTimeoutMs, skipped } = plan(F1_TICKET_OK);
    expect(steps).toEqual([
      { text: TMAIL_PUSH_ENABLE, type: 'WebSocketPushEnable', delayMs: 0 },
      { text: TMAIL_ECHO_REQUEST, type: 'Request', delayMs: 0 },
      { text: TMAIL_ECHO_REQUEST, type: 'Request', delayMs: 0 },
    ]);
    expect({ mode, waitMs, connectTimeoutMs, skipped }).toEqual({
      mode: 'fast',
      waitMs: 10_000,
      connectTimeoutMs: 10_000,
      skipped: [],
    });
  });

  test('F1 with the original timing: the gaps after the open and between frames', () => {
    expect(plan(F1_TICKET_OK, { mode: 'original-timing' }).steps.map((step) => step.delayMs)).toEqual([
      100, 10_000, 10_000,
    ]);
  });

  test('F4: the non-client frames and the PushDisable are skipped, each with its reason', () => {
    const { steps, skipped } = plan(F4_HEADER_OK);
    expect(steps.map((step) => step.type)).toEqual(['Request', 'WebSocketPushEnable']);
    expect(skipped).toEqual([
      { frameId: 5, reason: expect.stringMatching(/^Not valid JSON/) },
      { frameId: 7, reason: expect.stringMatching(/^Not a JMAP client message: .*Response/) },
      { frameId: 9, reason: 'WebSocketPushDisable would switch push off again' },
    ]);
  });

  test('binary and truncated frames are not resent', () => {
    const connection: ConnectionRecord = {
      ...F1_TICKET_OK,
      frames: [
        binaryFrame('sent', 4, '00ff00ff', OPEN + 1, 1),
        { ...frame('sent', TMAIL_PUSH_ENABLE, OPEN + 2, 2), truncatedFrom: 90_000 },
        frame('received', JAMES_ECHO_RESPONSE, OPEN + 3, 3),
      ],
    };
    const { steps, skipped } = plan(connection);
    expect(steps).toEqual([]);
    expect(skipped.map((entry) => entry.frameId)).toEqual([1, 2]);
  });

  test('watch: only PushEnable is sent (no Request triggers anything), then it watches; one is added if none was captured', () => {
    expect(plan(F1_TICKET_OK, { mode: 'watch', waitMs: 30_000 })).toMatchObject({
      steps: [{ text: TMAIL_PUSH_ENABLE, type: 'WebSocketPushEnable', delayMs: 0 }],
      waitMs: 30_000,
    });
    const noPush = { ...F1_TICKET_OK, frames: [frame('sent', TMAIL_ECHO_REQUEST, OPEN + 5, 1)] };
    expect(plan(noPush, { mode: 'watch' })).toMatchObject({ steps: [{ text: WATCH_PUSH_ENABLE }], waitMs: 60_000 });
  });

  test('edited frames replace the captured ones, each validated, keeping the captured timing by position', () => {
    const edited = plan(F1_TICKET_OK, { mode: 'original-timing', frames: [RFC_ECHO_REQUEST, TMAIL_PUSH_ENABLE] });
    expect(edited.steps).toEqual([
      { text: RFC_ECHO_REQUEST, type: 'Request', delayMs: 100 },
      { text: TMAIL_PUSH_ENABLE, type: 'WebSocketPushEnable', delayMs: 10_000 },
    ]);
    expect(
      planReplay(F1_TICKET_OK, { frames: [TMAIL_PUSH_ENABLE, '{"@type":"StateChange","changed":{}}', 'x'] }),
    ).toEqual({
      ok: false,
      errors: [
        'frame 2: StateChange is what a server sends; a client sends Request, WebSocketPushEnable or WebSocketPushDisable.',
        expect.stringMatching(/^frame 3: Not valid JSON/),
      ],
    });
  });

  test('methods that may change data are listed for a warning', () => {
    expect(plan(F1_TICKET_OK, { frames: [SET_REQUEST, TMAIL_ECHO_REQUEST] }).mutatingMethods).toEqual(['Email/set']);
    expect(plan(F1_TICKET_OK).mutatingMethods).toEqual([]);
  });

  test('timeouts must be between 1 ms and an hour', () => {
    expect(planReplay(F1_TICKET_OK, { waitMs: 0, connectTimeoutMs: Number.POSITIVE_INFINITY })).toEqual({
      ok: false,
      errors: ['waitMs: between 1 ms and 1 hour', 'connectTimeoutMs: between 1 ms and 1 hour'],
    });
  });
});
