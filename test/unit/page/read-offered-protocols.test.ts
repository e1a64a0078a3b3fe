import { describe, expect, test } from 'vitest';
import { captureNatives } from '../../../src/page/natives.ts';
import { readOfferedProtocols } from '../../../src/page/read-offered-protocols.ts';
import { createFakeRealm } from './support/fake-realm.ts';

const natives = captureNatives(createFakeRealm().global);
const read = (...args: unknown[]) => readOfferedProtocols(natives, args);

describe('readOfferedProtocols', () => {
  test('missing → [], a string → [it], an array of strings → a copy', () => {
    expect(read('ws://x')).toEqual([]);
    expect(read('ws://x', undefined)).toEqual([]);
    expect(read('ws://x', 'jmap')).toEqual(['jmap']);
    const offered = ['jmap', 'chat'];
    const copy = read('ws://x', offered);
    expect(copy).toEqual(['jmap', 'chat']);
    expect(copy).not.toBe(offered);
  });

  test('anything that could run page code when read is null, and is not touched', () => {
    let touched = 0;
    const getter = ['jmap'];
    Object.defineProperty(getter, 0, {
      get: () => {
        touched++;
        return 'jmap';
      },
    });
    const iterable = {
      *[Symbol.iterator]() {
        touched++;
        yield 'jmap';
      },
    };
    const holey = ['jmap', 'hole', 'x'];
    delete holey[1];
    for (const offered of [getter, iterable, new Set(['jmap']), [1], holey, new String('jmap'), null]) {
      expect(read('ws://x', offered)).toBeNull();
    }
    expect(
      read(
        'ws://x',
        Array.from({ length: 65 }, () => 'p'),
      ),
    ).toBeNull();
    expect(touched).toBe(0);
  });
});
