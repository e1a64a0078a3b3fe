import { describe, expect, test } from 'vitest';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { scanAuthorizationHeader } from '../../../../src/core/secrets/scan-headers.ts';
import { F1_HANDSHAKE, F4_BASIC, F4_HANDSHAKE } from '../../../fixtures/handshakes.ts';
import { SCENARIO_JWT } from '../../../fixtures/secrets.ts';

function withAuthorization(value: string): HandshakeRecord {
  return { url: 'ws://h/ws', protocols: [], requestHeaders: [{ name: 'authorization', value }] };
}

describe('scanAuthorizationHeader', () => {
  test('F4: Basic in the header, place "header"', () => {
    expect(scanAuthorizationHeader(F4_HANDSHAKE)).toEqual([
      {
        place: 'header',
        location: 'Authorization request header (Basic credentials for user foo (with a password))',
        secret: F4_BASIC,
        credential: F4_BASIC,
        shape: 'basic',
        what: 'Basic credentials for user foo (with a password)',
      },
    ]);
  });

  test('Bearer JWT, another scheme, a bare value', () => {
    expect(scanAuthorizationHeader(withAuthorization(`Bearer ${SCENARIO_JWT}`))).toMatchObject([
      { secret: SCENARIO_JWT, shape: 'jwt' },
    ]);
    const [token] = scanAuthorizationHeader(withAuthorization('Token xyz123XYZ'));
    expect(token).toMatchObject({ secret: 'xyz123XYZ', shape: 'opaque' });
    expect(token?.what).toMatch(/^Token scheme, /);
    expect(scanAuthorizationHeader(withAuthorization('xyz123XYZ'))[0]?.what).toMatch(/^no scheme, /);
  });

  test('no header, or a scheme with nothing after it', () => {
    expect(scanAuthorizationHeader(F1_HANDSHAKE)).toEqual([]);
    expect(scanAuthorizationHeader({ url: 'wss://h', protocols: [] })).toEqual([]);
    expect(scanAuthorizationHeader(withAuthorization('Bearer '))).toEqual([]);
  });
});
