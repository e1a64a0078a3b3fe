import { describe, expect, test } from 'vitest';
import { DEFAULT_ENCODING, DEFAULT_SUBPROTOCOLS } from '../../../../src/core/replay/endpoint-profile.ts';
import { plainWsQuestion } from '../../../../src/core/replay/plain-ws-question.ts';

const endpoint = (name: string, url: string) => ({
  name,
  url,
  transport: 'header' as const,
  encoding: DEFAULT_ENCODING,
  extraParams: [],
  subprotocols: DEFAULT_SUBPROTOCOLS,
});

describe('plainWsQuestion', () => {
  test('names each plain ws:// host once', () => {
    const question = plainWsQuestion(
      [
        endpoint('a', 'ws://127.0.0.1:8781/jmap/ws'),
        endpoint('b', 'ws://127.0.0.1:8781/other'),
        endpoint('c', 'wss://mail.example.org/ws'),
      ],
      true,
    );
    expect(question).toContain('plain ws:// to 127.0.0.1:8781,');
    expect(question).not.toContain('mail.example.org');
  });

  test('nothing to ask without a credential, or when every endpoint is wss://', () => {
    expect(plainWsQuestion([endpoint('a', 'ws://127.0.0.1/jmap/ws')], false)).toBeUndefined();
    expect(plainWsQuestion([endpoint('c', 'wss://mail.example.org/ws')], true)).toBeUndefined();
  });

  test('a plain http:// ticket mint is asked about too', () => {
    const secure = [endpoint('c', 'wss://mail.example.org/ws')];
    expect(plainWsQuestion(secure, true, 'http://mail.example.org/jmap/ws/ticket')).toContain(
      'to the ticket mint at http://mail.example.org/jmap/ws/ticket',
    );
    expect(plainWsQuestion(secure, true, 'https://mail.example.org/jmap/ws/ticket')).toBeUndefined();
  });
});
