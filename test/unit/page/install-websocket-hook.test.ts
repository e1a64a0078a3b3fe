import { describe, expect, test } from 'vitest';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../../../src/shared/protocol.ts';
import { createHookedRealm, untimed } from './support/hooked-realm.ts';

const URL_ = 'ws://127.0.0.1:8080/jmap/ws';

describe('installWebSocketHook records a socket life', () => {
  test('open, opened, frames both ways, error and close, in order, with timestamps', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_, 'jmap');
    realm.server.open(socket, 'jmap', 'permessage-deflate');
    socket.send('{"@type":"Request"}');
    realm.server.message(socket, '{"@type":"Response"}');
    realm.server.error(socket);
    realm.server.close(socket, 1006, '', false);
    const events = realm.events();
    expect(untimed(events)).toEqual([
      { type: 'open', socket: 1, url: URL_, protocols: ['jmap'] },
      { type: 'opened', socket: 1, protocol: 'jmap', extensions: 'permessage-deflate' },
      { type: 'frame', socket: 1, dir: 'sent', data: { kind: 'text', text: '{"@type":"Request"}' } },
      { type: 'frame', socket: 1, dir: 'received', data: { kind: 'text', text: '{"@type":"Response"}' } },
      { type: 'error', socket: 1 },
      { type: 'close', socket: 1, close: { code: 1006, reason: '', wasClean: false } },
    ]);
    for (const event of events) expect(event.at).toBeGreaterThan(1_600_000_000_000);
    expect(realm.dom.reportedErrors).toEqual([]);
  });

  test('numbers sockets from 1 and records the normalized URL from the native getter', () => {
    const realm = createHookedRealm();
    realm.newSocket('ws://Example.COM:80/a/../b?x=1');
    realm.newSocket('wss://example.com/');
    expect(untimed(realm.events())).toEqual([
      { type: 'open', socket: 1, url: 'ws://example.com/b?x=1', protocols: [] },
      { type: 'open', socket: 2, url: 'wss://example.com/', protocols: [] },
    ]);
  });

  test('records offered protocols without iterating them a second time', () => {
    const realm = createHookedRealm();
    realm.newSocket(URL_, ['jmap', 'chat']);
    realm.newSocket(URL_, new Set(['jmap']));
    expect(realm.iterations.count).toBe(3);
    const opens = realm.events().map((event) => (event.type === 'open' ? event.protocols : 'other'));
    expect(opens).toEqual([['jmap', 'chat'], null]);
  });

  test('text longer than MAX_PAYLOAD_CHARS is cut, with the real length kept', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    const big = 'x'.repeat(MAX_PAYLOAD_CHARS + 10);
    realm.server.message(socket, big);
    const frame = realm.events().find((event) => event.type === 'frame');
    expect(frame).toMatchObject({ truncatedFrom: MAX_PAYLOAD_CHARS + 10 });
    expect(frame?.type === 'frame' && frame.data.kind === 'text' && frame.data.text.length).toBe(MAX_PAYLOAD_CHARS);
  });

  test('binary frames keep their size and first bytes as hex; Blobs their size only', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    const bytes = Uint8Array.from({ length: 40 }, (_, index) => index * 7);
    realm.server.message(socket, bytes.buffer);
    realm.server.message(socket, new Blob(['hello']));
    socket.send(bytes.subarray(2, 5));
    socket.send(new DataView(bytes.buffer, 38));
    socket.send(new Blob([bytes]));
    const data = realm.events().flatMap((event) => (event.type === 'frame' ? [event.data] : []));
    const head = Buffer.from(bytes.subarray(0, BINARY_HEAD_BYTES)).toString('hex');
    expect(data).toEqual([
      { kind: 'binary', size: 40, headHex: head },
      { kind: 'binary', size: 5, headHex: '' },
      { kind: 'binary', size: 3, headHex: '0e151c' },
      { kind: 'binary', size: 2, headHex: '0a11' },
      { kind: 'binary', size: 40, headHex: '' },
    ]);
  });
});
