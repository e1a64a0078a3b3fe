import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JMAP_MESSAGE_TYPES, type JmapMessage, type JmapMessageType } from '../../../../src/core/jmap/jmap-message.ts';
import { parseFrame } from '../../../../src/core/jmap/parse-frame.ts';
import {
  CLIENT_SENT_RESPONSE,
  F1_ACCOUNT_ID,
  F1_EMAIL_STATE,
  F1_MAILBOX_STATE,
  F1_PUSH_STATE,
  IDLESS_ECHO_REQUEST,
  JAMES_ECHO_RESPONSE,
  JAMES_IDLESS_ECHO_RESPONSE,
  JAMES_NOT_REQUEST_NON_JSON,
  JAMES_SESSION_STATE,
  JAMES_STATE_CHANGE,
  PUSH_DISABLE,
  QUICK_BROWN_FOX,
  RFC_ECHO_REQUEST,
  RFC_ECHO_RESPONSE,
  RFC_LIMIT_ERROR,
  RFC_PUSH_ENABLE,
  RFC_STATE_CHANGE,
  RFC8620_STATE_CHANGE,
  STALWART_CALENDAR_ALERT,
  STALWART_ECHO_RESPONSE,
  STALWART_EMAIL_PUSH,
  STALWART_IDLESS_ECHO_RESPONSE,
  STALWART_NOT_REQUEST,
  STALWART_STATE_CHANGE,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
  TMAIL_PUSH_ENABLE_WITH_LABEL,
} from '../../../fixtures/frames.ts';

const parseText = (text: string): JmapMessage => parseFrame({ kind: 'text', text });
const parseJson = (value: unknown): JmapMessage => parseText(JSON.stringify(value));
const NOT_REQUEST = 'urn:ietf:params:jmap:error:notRequest';
const ECHO_CALLS = [['Core/echo', {}, 'c0']];
const ALL_TYPES: readonly JmapMessageType[] = JMAP_MESSAGE_TYPES;

function reasonOf(message: JmapMessage): string {
  if (message.type !== 'unknown' && message.type !== 'invalid-json' && message.type !== 'binary') {
    throw new Error(`expected a message with a reason, got ${message.type}`);
  }
  return message.reason;
}

describe('parseFrame: client messages', () => {
  test('TMail echo Request keeps the reused id "R1", using and methodCalls', () => {
    expect(parseText(TMAIL_ECHO_REQUEST)).toStrictEqual({
      type: 'Request',
      id: 'R1',
      using: ['urn:ietf:params:jmap:core'],
      methodCalls: ECHO_CALLS,
    });
  });

  test('RFC 8887 §4.4 Request keeps the echo arguments', () => {
    const message = parseText(RFC_ECHO_REQUEST);
    expect(message.type === 'Request' && message.methodCalls[0]).toEqual([
      'Core/echo',
      { hello: true, high: 5 },
      'b3ff',
    ]);
  });

  test('an absent id stays absent (undefined) and a JSON null id stays null', () => {
    const absent = parseText(IDLESS_ECHO_REQUEST);
    expect(absent.type === 'Request' && absent.id).toBeUndefined();
    expect(absent).not.toHaveProperty('id');
    const nullId = parseJson({ '@type': 'Request', id: null, using: [], methodCalls: [] });
    expect(nullId).toStrictEqual({ type: 'Request', id: null, using: [], methodCalls: [] });
  });

  test.each([
    ['a numeric id', { id: 7 }, '"id" must be a string or null, got number'],
    ['no using', { using: undefined }, '"using" is missing'],
    [
      'using with a number',
      { using: ['urn:ietf:params:jmap:core', 1] },
      '"using" must be an array of strings, got an array',
    ],
    ['no methodCalls', { methodCalls: undefined }, '"methodCalls" is missing'],
    ['methodCalls as an object', { methodCalls: {} }, '"methodCalls" must be an array of [name, arguments, callId]'],
    ['an invocation of two items', { methodCalls: [['Core/echo', {}]] }, '"methodCalls" must be'],
    ['invocation arguments as an array', { methodCalls: [['Core/echo', [], 'c0']] }, '"methodCalls" must be'],
    ['invocation arguments null', { methodCalls: [['Core/echo', null, 'c0']] }, '"methodCalls" must be'],
    ['a numeric call id', { methodCalls: [['Core/echo', {}, 0]] }, '"methodCalls" must be'],
    ['a numeric method name', { methodCalls: [[1, {}, 'c0']] }, '"methodCalls" must be'],
  ])('a Request with %s is unknown, with the reason', (_label, change, reason) => {
    const message = parseJson({
      '@type': 'Request',
      using: ['urn:ietf:params:jmap:core'],
      methodCalls: ECHO_CALLS,
      ...change,
    });
    expect(message).toMatchObject({ type: 'unknown', atType: 'Request' });
    expect(reasonOf(message)).toContain('not a valid Request: ');
    expect(reasonOf(message)).toContain(reason);
  });

  test('TMail PushEnable, with and without Label, never has a pushState', () => {
    expect(parseText(TMAIL_PUSH_ENABLE)).toStrictEqual({
      type: 'WebSocketPushEnable',
      dataTypes: ['Email', 'Mailbox'],
    });
    expect(parseText(TMAIL_PUSH_ENABLE_WITH_LABEL)).toStrictEqual({
      type: 'WebSocketPushEnable',
      dataTypes: ['Email', 'Mailbox', 'Label'],
    });
  });

  test('RFC 8887 §4.4 PushEnable keeps its pushState', () => {
    expect(parseText(RFC_PUSH_ENABLE)).toStrictEqual({
      type: 'WebSocketPushEnable',
      dataTypes: ['Mailbox', 'Email'],
      pushState: 'aaa',
    });
  });

  test('dataTypes null or absent means every type (null); an empty list stays empty', () => {
    expect(parseJson({ '@type': 'WebSocketPushEnable', dataTypes: null })).toMatchObject({ dataTypes: null });
    expect(parseJson({ '@type': 'WebSocketPushEnable' })).toStrictEqual({
      type: 'WebSocketPushEnable',
      dataTypes: null,
    });
    expect(parseJson({ '@type': 'WebSocketPushEnable', dataTypes: [] })).toMatchObject({ dataTypes: [] });
  });

  test.each([
    ['dataTypes as a string', { dataTypes: 'Email' }, '"dataTypes" must be an array of strings or null, got string'],
    ['dataTypes with an object', { dataTypes: [{}] }, '"dataTypes" must be an array of strings or null, got an array'],
    ['a numeric pushState', { pushState: 5 }, '"pushState" must be a string, got number'],
  ])('a PushEnable with %s is unknown', (_label, change, reason) => {
    const message = parseJson({ '@type': 'WebSocketPushEnable', ...change });
    expect(message).toMatchObject({ type: 'unknown', atType: 'WebSocketPushEnable' });
    expect(reasonOf(message)).toContain(reason);
  });

  test('PushDisable has only its type, extra members are ignored', () => {
    expect(parseText(PUSH_DISABLE)).toStrictEqual({ type: 'WebSocketPushDisable' });
    expect(parseJson({ '@type': 'WebSocketPushDisable', dataTypes: ['Email'] })).toStrictEqual({
      type: 'WebSocketPushDisable',
    });
  });
});

describe('parseFrame: server messages', () => {
  test('James Response to "R1" carries the constant session state', () => {
    expect(parseText(JAMES_ECHO_RESPONSE)).toStrictEqual({
      type: 'Response',
      requestId: 'R1',
      sessionState: JAMES_SESSION_STATE,
      methodResponses: ECHO_CALLS,
    });
  });

  test('James answers an id-less Request with requestId null; it stays null', () => {
    const message = parseText(JAMES_IDLESS_ECHO_RESPONSE);
    expect(message).toMatchObject({ type: 'Response', requestId: null });
  });

  test('Stalwart puts requestId last, and omits it for an id-less Request', () => {
    expect(parseText(STALWART_ECHO_RESPONSE)).toMatchObject({
      type: 'Response',
      requestId: 'R1',
      sessionState: '3e25b2a0',
    });
    const idless = parseText(STALWART_IDLESS_ECHO_RESPONSE);
    expect(idless.type === 'Response' && idless.requestId).toBeUndefined();
    expect(idless).not.toHaveProperty('requestId');
  });

  test('RFC 8887 §4.4 Response without sessionState is still a Response', () => {
    expect(parseText(RFC_ECHO_RESPONSE)).toStrictEqual({
      type: 'Response',
      requestId: 'R1',
      methodResponses: [['Core/echo', { hello: true, high: 5 }, 'b3ff']],
    });
  });

  test.each([
    ['no methodResponses (a client sent it)', CLIENT_SENT_RESPONSE, '"methodResponses" is missing'],
    [
      'a numeric sessionState',
      JSON.stringify({ '@type': 'Response', methodResponses: [], sessionState: 1 }),
      '"sessionState" must be a string, got number',
    ],
    [
      'a boolean requestId',
      JSON.stringify({ '@type': 'Response', methodResponses: [], requestId: true }),
      '"requestId" must be a string or null, got boolean',
    ],
  ])('a Response with %s is unknown', (_label, text, reason) => {
    const message = parseText(text);
    expect(message).toMatchObject({ type: 'unknown', atType: 'Response' });
    expect(reasonOf(message)).toBe(`not a valid Response: ${reason}`);
  });

  test('James notRequest RequestError keeps requestId null, type, status and detail', () => {
    const message = parseText(JAMES_NOT_REQUEST_NON_JSON);
    expect(message).toMatchObject({ type: 'RequestError', requestId: null, problemType: NOT_REQUEST, status: 400 });
    expect(message.type === 'RequestError' && message.detail).toContain('did not match the type signature');
  });

  test('Stalwart notRequest RequestError has no requestId', () => {
    expect(parseText(STALWART_NOT_REQUEST)).toStrictEqual({
      type: 'RequestError',
      problemType: NOT_REQUEST,
      status: 400,
      detail: 'Invalid WebSocket JMAP request expected value at line 1 column 1',
    });
  });

  test('a limit RequestError keeps its limit', () => {
    expect(parseText(RFC_LIMIT_ERROR)).toMatchObject({
      type: 'RequestError',
      problemType: 'urn:ietf:params:jmap:error:limit',
      limit: 'maxSizeRequest',
    });
  });

  test('a RequestError without type is about:blank (RFC 7807 §4.2)', () => {
    expect(parseJson({ '@type': 'RequestError', status: 500 })).toStrictEqual({
      type: 'RequestError',
      problemType: 'about:blank',
      status: 500,
    });
  });

  test.each([
    ['a string status', { status: '400' }, '"status" must be a number, got string'],
    ['a numeric type', { type: 400 }, '"type" must be a string, got number'],
    ['an object detail', { detail: {} }, '"detail" must be a string, got an object'],
    ['an array limit', { limit: [] }, '"limit" must be a string, got an array'],
  ])('a RequestError with %s is unknown', (_label, change, reason) => {
    const message = parseJson({ '@type': 'RequestError', type: NOT_REQUEST, ...change });
    expect(reasonOf(message)).toBe(`not a valid RequestError: ${reason}`);
  });

  test('James StateChange: 64-hex accountId, UUID states, 64-hex pushState', () => {
    expect(parseText(JAMES_STATE_CHANGE)).toStrictEqual({
      type: 'StateChange',
      changed: { [F1_ACCOUNT_ID]: { Email: F1_EMAIL_STATE, Mailbox: F1_MAILBOX_STATE } },
      pushState: F1_PUSH_STATE,
    });
  });

  test('Stalwart and RFC 8620 StateChanges have no pushState; RFC 8887 §4.4 has one', () => {
    expect(parseText(STALWART_STATE_CHANGE)).toStrictEqual({
      type: 'StateChange',
      changed: { b: { Email: 'sb2', Mailbox: 'sa4' } },
    });
    expect(parseText(RFC8620_STATE_CHANGE)).not.toHaveProperty('pushState');
    expect(parseText(RFC_STATE_CHANGE)).toMatchObject({ pushState: 'bbb' });
  });

  test('an account id named __proto__ stays an ordinary key', () => {
    const message = parseText('{"@type":"StateChange","changed":{"__proto__":{"Email":"s1"}}}');
    expect(message.type === 'StateChange' && Object.keys(message.changed)).toEqual(['__proto__']);
  });

  test.each([
    ['changed missing', {}, '"changed" is missing'],
    ['changed as an array', { changed: [] }, '"changed" must be a map of account id to {type name: state string}'],
    ['a numeric state', { changed: { a: { Email: 1 } } }, 'got an object'],
    ['a type map that is a string', { changed: { a: 'Email' } }, 'got an object'],
    ['a type map that is null', { changed: { a: null } }, 'got an object'],
    ['a numeric pushState', { changed: {}, pushState: 1 }, '"pushState" must be a string, got number'],
  ])('a StateChange with %s is unknown', (_label, change, reason) => {
    const message = parseJson({ '@type': 'StateChange', ...change });
    expect(message).toMatchObject({ type: 'unknown', atType: 'StateChange' });
    expect(reasonOf(message)).toContain(reason);
  });

  test('Stalwart EmailPush and CalendarAlert keep their whole object as body', () => {
    expect(parseText(STALWART_EMAIL_PUSH)).toStrictEqual({
      type: 'EmailPush',
      body: { '@type': 'EmailPush', accountId: 'b', email: { subject: 'Lunch on Friday?' } },
    });
    expect(parseText(STALWART_CALENDAR_ALERT)).toMatchObject({ type: 'CalendarAlert', body: { alertId: 'k1' } });
  });
});

describe('parseFrame: not JMAP', () => {
  test('a binary frame keeps its size and cites RFC 8887 §4.3', () => {
    const message = parseFrame({ kind: 'binary', size: 5, headHex: '7b22407479' });
    expect(message).toMatchObject({ type: 'binary', size: 5 });
    expect(reasonOf(message)).toContain('RFC 8887 §4.3');
  });

  test('"The quick brown fox" is invalid JSON and the reason does not echo it', () => {
    const reason = reasonOf(parseText(QUICK_BROWN_FOX));
    expect(parseText(QUICK_BROWN_FOX).type).toBe('invalid-json');
    expect(reason).toMatch(/^not valid JSON: /);
    expect(reason).not.toMatch(/quick|The/);
  });

  test('an empty frame is invalid JSON', () => {
    expect(parseText('')).toStrictEqual({ type: 'invalid-json', reason: 'empty text frame, not JSON' });
  });

  test('a secret before a syntax error is not echoed in the reason', () => {
    const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
    const reason = reasonOf(parseText(`{"access_token":"${secret}", oops}`));
    expect(reason).not.toContain('eyJ');
    expect(reason).toContain('position');
  });

  test.each([
    ['an array', '[]', 'a JSON array, not a JMAP message object'],
    ['a string', '"Request"', 'a JSON string, not a JMAP message object'],
    ['a number', '42', 'a JSON number, not a JMAP message object'],
    ['null', 'null', 'a JSON null, not a JMAP message object'],
  ])('%s is unknown without @type', (_label, text, reason) => {
    expect(parseText(text)).toStrictEqual({ type: 'unknown', atType: null, reason });
  });

  test('an object without @type (James: "Missing @type field") is unknown', () => {
    expect(parseJson({ using: [], methodCalls: [] })).toMatchObject({ type: 'unknown', atType: null });
  });

  test('a non-string @type is unknown and names the kind found', () => {
    expect(parseJson({ '@type': 42 })).toStrictEqual({
      type: 'unknown',
      atType: null,
      reason: '"@type" must be a string, got number',
    });
  });

  test.each(['PushVerification', 'Group', 'constructor', '__proto__', 'toString'])(
    'the @type %s is unknown and kept in atType',
    (atType) => {
      const message = parseJson({ '@type': atType });
      expect(message).toMatchObject({ type: 'unknown', atType });
      expect(reasonOf(message)).toContain('RFC 8887 §4.3');
    },
  );
});

describe('parseFrame never throws', () => {
  test('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(ALL_TYPES).toContain(parseText(text).type);
      }),
    );
  });

  test('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(ALL_TYPES).toContain(parseJson(value).type);
      }),
    );
  });

  test('on objects of every known @type with arbitrary members', () => {
    const known = fc.constantFrom(...ALL_TYPES.slice(0, 8));
    const member = fc.constantFrom('id', 'requestId', 'using', 'methodCalls', 'methodResponses', 'sessionState');
    const more = fc.constantFrom('type', 'status', 'detail', 'limit', 'dataTypes', 'pushState', 'changed');
    const members = fc.dictionary(fc.oneof(member, more), fc.jsonValue(), { maxKeys: 6 });
    fc.assert(
      fc.property(known, members, (atType, body) => {
        const message = parseJson({ ...body, '@type': atType });
        expect([atType, 'unknown']).toContain(message.type);
      }),
    );
  });

  test('on arbitrary binary frame data', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (size, headHex) => {
        expect(parseFrame({ kind: 'binary', size, headHex })).toMatchObject({ type: 'binary', size });
      }),
    );
  });

  test('and its invalid-json reasons never carry a token from the payload', () => {
    const token = fc.stringMatching(/^S3cr[A-Za-z0-9_-]{8,40}$/);
    fc.assert(
      fc.property(token, fc.constantFrom('x', '{"t":"', '[1,', '{"a":1} '), (secret, prefix) => {
        const message = parseText(`${prefix}${secret} ,}`);
        expect(message.type).toBe('invalid-json');
        expect(reasonOf(message)).not.toContain(secret.slice(0, 8));
      }),
    );
  });
});
