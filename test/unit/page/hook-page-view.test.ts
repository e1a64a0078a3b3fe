import { describe, expect, test } from 'vitest';
import { createHookedRealm, untimed } from './support/hooked-realm.ts';

const URL_ = 'ws://127.0.0.1:8080/jmap/ws';

describe('installWebSocketHook never changes what the page sees', () => {
  test('send before open throws the native exception unchanged and records nothing', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    let thrown: unknown;
    try {
      socket.send('too early');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DOMException);
    expect(thrown).toMatchObject({ name: 'InvalidStateError', message: 'Still in CONNECTING state.' });
    expect(() => Reflect.apply(realm.global.WebSocket.prototype.send, {}, ['x'])).toThrow('Illegal invocation');
    expect(realm.events().map((event) => event.type)).toEqual(['open']);
  });

  test('a bad URL throws the native SyntaxError and records nothing', () => {
    const realm = createHookedRealm();
    expect(() => realm.newSocket('http://x')).toThrow(expect.objectContaining({ name: 'SyntaxError' }));
    expect(() => realm.run('WebSocket("ws://x")')).toThrow(TypeError);
    expect(realm.events()).toEqual([]);
  });

  test('frames sent into a closing or closed socket are not on the wire and are not recorded', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    socket.close();
    socket.send('after close');
    expect(realm.events().filter((event) => event.type === 'frame')).toEqual([]);
  });

  test("the hook's listeners run first and a page's stopImmediatePropagation does not hide frames from it", () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    const seen: string[] = [];
    socket.addEventListener('message', (event) => {
      seen.push(`first:${event.data}`);
      event.stopImmediatePropagation();
    });
    socket.addEventListener('message', () => seen.push('second'));
    realm.server.message(socket, 'a');
    expect(seen).toEqual(['first:a']);
    expect(realm.events().filter((event) => event.type === 'frame')).toHaveLength(1);
  });

  test('synthetic events dispatched by the page reach the page but are not recorded', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    const seen: unknown[] = [];
    socket.addEventListener('message', (event) => seen.push(event.data));
    socket.dispatchEvent(new realm.dom.MessageEvent('message', { data: 'forged' }) as unknown as Event);
    socket.dispatchEvent(new realm.dom.Event('open') as unknown as Event);
    expect(seen).toEqual(['forged']);
    expect(realm.events().map((event) => event.type)).toEqual(['open']);
  });

  test('sockets of a subclass are recorded, with the subclass prototype and new.target kept', () => {
    const realm = createHookedRealm();
    const Sub = realm.run(`(class Sub extends WebSocket {
      constructor(url) { super(url, ['jmap']); this.made = new.target === Sub; }
      hello() { this.send('hello from ' + this.constructor.name); }
    })`) as new (
      url: string,
    ) => WebSocket & { made: boolean; hello(): void };
    const socket = new Sub(URL_);
    expect(socket.made).toBe(true);
    expect(Object.getPrototypeOf(socket)).toBe(Sub.prototype);
    expect(socket).toBeInstanceOf(realm.global.WebSocket);
    realm.server.open(socket);
    socket.hello();
    expect(realm.server.sent(socket)).toEqual(['hello from Sub']);
    expect(untimed(realm.events()).at(-1)).toEqual({
      type: 'frame',
      socket: 1,
      dir: 'sent',
      data: { kind: 'text', text: 'hello from Sub' },
    });
  });

  test('values the browser would stringify with page code are sent but not read again', () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket(URL_);
    realm.server.open(socket);
    let calls = 0;
    Reflect.apply(socket.send, socket, [{ toString: () => `call ${++calls}` }]);
    expect(calls).toBe(0);
    expect(realm.events().filter((event) => event.type === 'frame')).toEqual([]);
  });
});
