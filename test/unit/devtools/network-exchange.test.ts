import { describe, expect, test } from 'vitest';
import { contentOf, networkExchange } from '../../../src/devtools/network-exchange.ts';

const BODY = '{"capabilities":{},"accounts":{},"apiUrl":"/jmap"}';

function entry(answer: unknown, mimeType = 'application/json', size = BODY.length) {
  return {
    startedDateTime: '2026-08-20T09:00:00.000Z',
    request: { method: 'GET', url: 'https://mail.example.org/jmap/session', headers: [] },
    response: { status: 200, content: { mimeType, size } },
    getContent: () => Promise.resolve(answer),
  };
}

describe('contentOf', () => {
  test('reads the array answer of Firefox and the callback polyfill, and the object of native Chromium', () => {
    expect(contentOf([BODY, ''])).toBe(BODY);
    expect(contentOf({ content: BODY, encoding: '' })).toBe(BODY);
    expect(contentOf(BODY)).toBe(BODY);
  });

  test('anything without a string body is no body', () => {
    for (const answer of [undefined, null, [], [null, ''], {}, { content: 3 }, 42]) {
      expect(contentOf(answer)).toBeUndefined();
    }
  });
});

describe('networkExchange', () => {
  test('Chromium 156: the body comes from {content, encoding}', async () => {
    const exchange = await networkExchange(entry({ content: BODY, encoding: '' }));
    expect(exchange).toMatchObject({
      method: 'GET',
      url: 'https://mail.example.org/jmap/session',
      status: 200,
      startedAt: Date.parse('2026-08-20T09:00:00.000Z'),
      responseBody: BODY,
    });
  });

  test('Firefox: the body comes from [content, encoding]', async () => {
    expect((await networkExchange(entry([BODY, ''])))?.responseBody).toBe(BODY);
  });

  test('non-JSON and oversized responses are not read', async () => {
    expect(await networkExchange(entry([BODY, ''], 'text/html'))).toBeUndefined();
    expect(await networkExchange(entry([BODY, ''], 'application/json', 3 * 1024 * 1024))).toBeUndefined();
  });
});
