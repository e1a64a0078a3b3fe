import { describe, expect, test } from 'vitest';
import { parseFrames } from '../../../../src/core/jmap/parse-frames.ts';
import type { CapturedFrame } from '../../../../src/core/model/frame.ts';
import { frameCues } from '../../../../src/core/session/frame-cues.ts';
import {
  binaryFrame,
  f1Frames,
  f4JamesFrames,
  frame,
  JAMES_IDLESS_ECHO_RESPONSE,
  JAMES_STATE_CHANGE,
  RFC8620_STATE_CHANGE,
  STALWART_CALENDAR_ALERT,
  STALWART_EMAIL_PUSH,
  STALWART_IDLESS_ECHO_RESPONSE,
  STALWART_NOT_REQUEST,
  STALWART_STATE_CHANGE,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';

function cueIds(frames: readonly CapturedFrame[]): string[] {
  return frameCues(parseFrames(frames)).map((cue) => cue.id);
}

const received = (text: string, at = 1) => frame('received', text, at);

describe('frameCues', () => {
  test('F1 James: 64-hex pushState and account id, UUID states', () => {
    expect(cueIds(f1Frames(0))).toEqual(['james-push-state', 'james-account-id', 'james-uuid-state']);
  });

  test('F4 James: requestId null and the "webSocket inbound message" wording', () => {
    expect(cueIds(f4JamesFrames(0))).toEqual([
      'james-null-request-id',
      'james-push-state',
      'james-account-id',
      'james-uuid-state',
      'james-inbound-error',
    ]);
  });

  test('an id-less James echo answers requestId null', () => {
    expect(cueIds([received(JAMES_IDLESS_ECHO_RESPONSE)])).toEqual(['james-null-request-id']);
  });

  test('F2 Stalwart: short s… states and no pushState', () => {
    expect(cueIds([received(STALWART_STATE_CHANGE)])).toEqual(['stalwart-short-state', 'stalwart-no-push-state']);
  });

  test('Stalwart: EmailPush and CalendarAlert', () => {
    expect(cueIds([received(STALWART_EMAIL_PUSH)])).toEqual(['stalwart-push-object']);
    expect(cueIds([received(STALWART_CALENDAR_ALERT)])).toEqual(['stalwart-push-object']);
  });

  test('Stalwart: requestId omitted and its notRequest wording', () => {
    expect(cueIds([received(STALWART_IDLESS_ECHO_RESPONSE)])).toEqual(['stalwart-omitted-request-id']);
    expect(cueIds([received(STALWART_NOT_REQUEST)])).toEqual(['stalwart-omitted-request-id', 'stalwart-request-error']);
  });

  test('Cyrus: its notRequest wording', () => {
    const cyrusError =
      '{"@type":"RequestError","requestId":"R1","type":"urn:ietf:params:jmap:error:notRequest","status":400,"detail":"Unknown request @type: Foo"}';
    expect(cueIds([received(cyrusError)])).toEqual(['cyrus-request-error']);
  });

  test('an RFC 8620 example StateChange decides nothing but the missing pushState', () => {
    expect(cueIds([received(RFC8620_STATE_CHANGE)])).toEqual(['stalwart-no-push-state']);
  });

  test('only frames the server sent count', () => {
    expect(cueIds([frame('sent', JAMES_STATE_CHANGE, 1), frame('sent', TMAIL_PUSH_ENABLE, 2)])).toEqual([]);
  });

  test('binary, non-JSON and error frames without detail are harmless', () => {
    const detailless = '{"@type":"RequestError","type":"urn:ietf:params:jmap:error:notJSON","status":400}';
    expect(cueIds([binaryFrame('received', 4, '00010203', 1), received('not json'), received(detailless)])).toEqual([
      'stalwart-omitted-request-id',
    ]);
  });

  test('no frames, no cues', () => {
    expect(cueIds([])).toEqual([]);
  });
});
