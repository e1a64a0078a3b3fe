import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateClientFrame } from '../../../../src/core/replay/validate-client-frame.ts';
import {
  JAMES_STATE_CHANGE,
  PUSH_DISABLE,
  QUICK_BROWN_FOX,
  RFC_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';

describe('validateClientFrame', () => {
  test.each([RFC_ECHO_REQUEST, TMAIL_PUSH_ENABLE, PUSH_DISABLE])('a client message passes: %s', (text) => {
    const check = validateClientFrame(text);
    expect(check.ok).toBe(true);
    expect(check.ok && check.message.type).toBe(JSON.parse(text)['@type']);
  });

  test('not JSON: says where', () => {
    expect(validateClientFrame(QUICK_BROWN_FOX)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Not valid JSON: .+\.$/),
    });
  });

  test('a server message is refused by name', () => {
    expect(validateClientFrame(JAMES_STATE_CHANGE)).toEqual({
      ok: false,
      error: 'StateChange is what a server sends; a client sends Request, WebSocketPushEnable or WebSocketPushDisable.',
    });
  });

  test('a Request of the wrong shape or an unknown @type is refused with the parser’s reason', () => {
    const noUsing = validateClientFrame('{"@type":"Request","id":"R1","methodCalls":[]}');
    expect(noUsing).toEqual({ ok: false, error: expect.stringMatching(/^Not a JMAP client message: .*using/) });
    expect(validateClientFrame('{"@type":"Hello"}')).toEqual({
      ok: false,
      error: expect.stringContaining('Not a JMAP client message'),
    });
    expect(validateClientFrame('[1]')).toEqual({ ok: false, error: expect.stringContaining('a JSON array') });
  });

  test('never throws; what passes is one of the three client types', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const check = validateClientFrame(text);
        if (check.ok) expect(['Request', 'WebSocketPushEnable', 'WebSocketPushDisable']).toContain(check.message.type);
        else expect(check.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
