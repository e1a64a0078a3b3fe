import { describe, expect, test } from 'vitest';
import { frameShape } from '../../../../src/core/bundle/frame-shape.ts';
import { parseFrame } from '../../../../src/core/jmap/parse-frame.ts';
import * as FRAMES from '../../../fixtures/frames.ts';
import { binaryFrame, frame } from '../../../fixtures/frames.ts';

const shapeText = (text: string) => {
  const shaped = frameShape(frame('received', text, 1));
  return shaped.data.kind === 'text' ? shaped.data.text : undefined;
};

const FIXTURE_TEXTS = Object.values(FRAMES).filter((value): value is string => typeof value === 'string');

describe('frameShape', () => {
  test('keeps the type of every fixture frame, as parseFrame reads it', () => {
    for (const text of FIXTURE_TEXTS) {
      const shaped = frameShape(frame('sent', text, 1));
      expect(parseFrame(shaped.data).type, text).toBe(parseFrame({ kind: 'text', text }).type);
    }
  });

  test('keeps method names and correlation ids, not the arguments', () => {
    expect(shapeText(FRAMES.RFC_ECHO_REQUEST)).toBe(
      '{"@type":"Request","id":"R1","using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{},"b3ff"]]}',
    );
    expect(shapeText(FRAMES.JAMES_IDLESS_ECHO_RESPONSE)).toBe(
      `{"@type":"Response","requestId":null,"methodResponses":[["Core/echo",{},"c0"]],"sessionState":"${FRAMES.JAMES_SESSION_STATE}"}`,
    );
  });

  test('keeps push control whole, and only the type of everything else', () => {
    expect(JSON.parse(shapeText(FRAMES.JAMES_STATE_CHANGE) ?? '')).toEqual(JSON.parse(FRAMES.JAMES_STATE_CHANGE));
    expect(JSON.parse(shapeText(FRAMES.RFC_PUSH_ENABLE) ?? '')).toEqual(JSON.parse(FRAMES.RFC_PUSH_ENABLE));
    expect(shapeText(FRAMES.STALWART_EMAIL_PUSH)).toBe('{"@type":"EmailPush"}');
    expect(shapeText(FRAMES.STALWART_NOT_REQUEST)).toBe(
      '{"@type":"RequestError","type":"urn:ietf:params:jmap:error:notRequest","status":400}',
    );
    expect(shapeText('{"@type":"Hello","secret":"x"}')).toBe('{"@type":"Hello"}');
    expect(shapeText('[1,2]')).toBe('{}');
    expect(shapeText(FRAMES.QUICK_BROWN_FOX)).toBe('');
  });

  test('says the real size in UTF-8 bytes, or keeps the size already known', () => {
    expect(frameShape(frame('received', '{"a":"é"}', 1)).truncatedFrom).toBe(10);
    expect(frameShape({ ...frame('received', '{"a":', 1), truncatedFrom: 300_000 }).truncatedFrom).toBe(300_000);
  });

  test('keeps the size of a binary frame, not its head (its bytes can spell a token)', () => {
    const binary = binaryFrame('received', 9, '0102', 1);
    expect(frameShape(binary)).toEqual(binaryFrame('received', 9, '', 1));
  });
});
