import { describe, expect, test } from 'vitest';
import { parseFrame } from '../../../../src/core/jmap/parse-frame.ts';
import type { FrameData } from '../../../../src/core/model/frame.ts';
import { frameSummary } from '../../../../src/panel/format/frame-summary.ts';
import {
  IDLESS_ECHO_REQUEST,
  JAMES_IDLESS_ECHO_RESPONSE,
  JAMES_STATE_CHANGE,
  PUSH_DISABLE,
  QUICK_BROWN_FOX,
  RFC_LIMIT_ERROR,
  STALWART_IDLESS_ECHO_RESPONSE,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';

const summary = (text: string) => {
  const data: FrameData = { kind: 'text', text };
  return frameSummary(parseFrame(data), data);
};

describe('frameSummary', () => {
  test.each([
    [TMAIL_ECHO_REQUEST, 'Core/echo · id R1'],
    [IDLESS_ECHO_REQUEST, 'Core/echo · no id'],
    [JAMES_IDLESS_ECHO_RESPONSE, 'Core/echo · requestId null'],
    [STALWART_IDLESS_ECHO_RESPONSE, 'Core/echo · no requestId'],
    [RFC_LIMIT_ERROR, 'limit: The request is larger than the server is willing to process.'],
    [TMAIL_PUSH_ENABLE, 'push on: Email, Mailbox'],
    ['{"@type":"WebSocketPushEnable","dataTypes":null}', 'push on: every type'],
    [PUSH_DISABLE, 'push off'],
    [JAMES_STATE_CHANGE, 'Email, Mailbox changed (1 account) · pushState'],
    ['{"@type":"StateChange","changed":{}}', 'nothing changed (0 accounts)'],
    [QUICK_BROWN_FOX, QUICK_BROWN_FOX],
  ])('%s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  test('long method lists and long texts are shortened', () => {
    const calls = ['A/a', 'B/b', 'C/c', 'D/d', 'E/e'].map((name, index) => [name, {}, `c${index}`]);
    expect(summary(JSON.stringify({ '@type': 'Request', id: 'x', using: [], methodCalls: calls }))).toBe(
      'A/a, B/b, C/c (+2) · id x',
    );
    expect(summary('x'.repeat(500))).toHaveLength(161);
  });

  test('binary frames give their size', () => {
    const data: FrameData = { kind: 'binary', size: 42, headHex: '00' };
    expect(frameSummary(parseFrame(data), data)).toBe('42 bytes of binary');
  });
});
