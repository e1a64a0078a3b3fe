import { describe, expect, test, vi } from 'vitest';
import { installWebSocketHook } from '../../../src/page/install-websocket-hook.ts';
import { captureNatives } from '../../../src/page/natives.ts';
import { createFakeRealm } from './support/fake-realm.ts';

/** An engine like V8: errors carry their stack in an own accessor, and Error.isError and captureStackTrace exist. */
function v8LikeRealm() {
  const realm = createFakeRealm();
  const captureStackTrace = vi.fn();
  class EngineError {
    constructor() {
      Object.defineProperty(this, 'stack', { get: () => 'stack', configurable: true });
    }
    static isError = (value: unknown) => value instanceof Error;
    static captureStackTrace = captureStackTrace;
  }
  Object.defineProperty(realm.global, 'Error', { value: EngineError, configurable: true, writable: true });
  installWebSocketHook(captureNatives(realm.global), () => undefined);
  return { ...realm, captureStackTrace };
}

describe('errors thrown through the hook', () => {
  test('native errors are re-captured from the caller, so the stack shows no frame of the hook', () => {
    const realm = v8LikeRealm();
    let thrown: unknown;
    try {
      new realm.global.WebSocket('http://not-a-websocket');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'SyntaxError' });
    expect(realm.captureStackTrace).toHaveBeenCalledWith(thrown, expect.any(Function));
    const socket = new realm.global.WebSocket('ws://127.0.0.1/');
    expect(() => socket.send('early')).toThrow('Still in CONNECTING state.');
    expect(realm.captureStackTrace).toHaveBeenCalledTimes(2);
  });

  test('values that are not errors are rethrown untouched', () => {
    const realm = v8LikeRealm();
    const thrower = {
      toString: () => {
        throw 'not an error';
      },
    };
    expect(() => new realm.global.WebSocket(thrower as unknown as string)).toThrow('not an error');
    expect(realm.captureStackTrace).not.toHaveBeenCalled();
  });

  test('where the stack is not an own accessor (SpiderMonkey, older V8) nothing is re-captured', () => {
    const realm = createFakeRealm();
    const captureStackTrace = vi.fn();
    Object.assign(realm.global.Error, { isError: () => true, captureStackTrace });
    installWebSocketHook(captureNatives(realm.global), () => undefined);
    expect(() => new realm.global.WebSocket('http://x')).toThrow();
    expect(captureStackTrace).not.toHaveBeenCalled();
  });
});
