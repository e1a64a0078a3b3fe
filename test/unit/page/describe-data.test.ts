import { describe, expect, test } from 'vitest';
import { describeData } from '../../../src/page/describe-data.ts';
import { captureNatives } from '../../../src/page/natives.ts';
import { MAX_PAYLOAD_CHARS } from '../../../src/shared/protocol.ts';
import { createFakeRealm } from './support/fake-realm.ts';

const natives = captureNatives(createFakeRealm().global);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('describeData', () => {
  test('keeps text up to MAX_PAYLOAD_CHARS whole, and cuts longer text keeping its real length', () => {
    expect(describeData(natives, '')).toEqual({ data: { kind: 'text', text: '' } });
    const exact = 'é'.repeat(MAX_PAYLOAD_CHARS);
    expect(describeData(natives, exact)).toEqual({ data: { kind: 'text', text: exact } });
    const long = `${exact}tail`;
    expect(describeData(natives, long)).toEqual({ data: { kind: 'text', text: exact }, truncatedFrom: long.length });
  });

  test('reads the first 32 bytes of ArrayBuffers and of every kind of view, from the view’s own range', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, index) => 255 - index);
    expect(describeData(natives, bytes.buffer)).toEqual({
      data: { kind: 'binary', size: 64, headHex: hex(bytes.subarray(0, 32)) },
    });
    expect(describeData(natives, new Uint16Array(bytes.buffer, 8, 2))).toEqual({
      data: { kind: 'binary', size: 4, headHex: hex(bytes.subarray(8, 12)) },
    });
    expect(describeData(natives, new DataView(bytes.buffer, 60))).toEqual({
      data: { kind: 'binary', size: 4, headHex: 'c3c2c1c0' },
    });
    expect(describeData(natives, new ArrayBuffer(0))).toEqual({ data: { kind: 'binary', size: 0, headHex: '' } });
  });

  test('a detached buffer is an empty binary frame, not a failure', () => {
    const buffer = new ArrayBuffer(8);
    structuredClone(buffer, { transfer: [buffer] });
    expect(describeData(natives, buffer)).toEqual({ data: { kind: 'binary', size: 0, headHex: '' } });
  });

  test('Blobs keep their size only; other values are not read', () => {
    expect(describeData(natives, new Blob(['abc']))).toEqual({ data: { kind: 'binary', size: 3, headHex: '' } });
    for (const value of [{ toString: () => 'x' }, 42, null, undefined, new Proxy(new ArrayBuffer(2), {})]) {
      expect(describeData(natives, value)).toBeUndefined();
    }
  });
});
