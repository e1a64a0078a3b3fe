import { describe, expect, test } from 'vitest';
import { bytesToHex } from '../../../src/page/bytes-to-hex.ts';

describe('bytesToHex', () => {
  test('writes two lower-case digits per byte', () => {
    expect(bytesToHex(new Uint8Array([]))).toBe('');
    expect(bytesToHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
  });
});
