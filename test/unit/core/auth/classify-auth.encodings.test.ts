import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { QUERY_ENCODER_NAMES, QUERY_ENCODERS } from '../../../fixtures/query-encodings.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytes = fc.uint8Array({ minLength: 16, maxLength: 48 });

/** Tokens as servers issue them: standard base64 (old Stalwart), base64url (new Stalwart), JWT-shaped. */
const token = fc.oneof(
  bytes.map(base64),
  bytes.map(base64url),
  fc.tuple(bytes, bytes, bytes).map((parts) => parts.map(base64url).join('.')),
);
const user = fc.stringMatching(/^[a-z][a-z0-9.@_-]{2,20}$/);
/** Long enough that it cannot turn up inside evidence prose by chance. */
const password = fc.stringMatching(/^[A-Za-z0-9!#$%&*+/=?^~:]{12,24}$/);
const encoder = fc.constantFrom(...QUERY_ENCODER_NAMES);

function classifyQuery(param: string, value: string, encoderName: (typeof QUERY_ENCODER_NAMES)[number]) {
  const url = `wss://mail.example.org/jmap/ws?${param}=${QUERY_ENCODERS[encoderName](value)}`;
  return classifyAuth({ handshake: { url, protocols: ['jmap'] } });
}

describe('classification survives every client encoding', () => {
  test('a bearer token in access_token (any name case): same strategy and decoded value, no secret in evidence', () => {
    const name = fc.constantFrom('access_token', 'ACCESS_TOKEN', 'Access_Token');
    fc.assert(
      fc.property(token, encoder, name, (value, encoderName, param) => {
        const result = classifyQuery(param, value, encoderName);
        expect(result.strategy).toBe('query-access-token');
        expect(result.credential?.value).toBe(value);
        expect(result.credential?.param).toBe(param);
        expect(result.credential?.scheme).toBeUndefined();
        for (const line of result.evidence) expect(line).not.toContain(value);
      }),
    );
  });

  test('Basic user:password in authorization: same strategy, value, scheme and user, never the password', () => {
    fc.assert(
      fc.property(user, password, encoder, (name, secret, encoderName) => {
        const credentials = Buffer.from(`${name}:${secret}`, 'utf8').toString('base64');
        const result = classifyQuery('authorization', `Basic ${credentials}`, encoderName);
        expect(result.strategy).toBe('query-authorization');
        expect(result.credential?.value).toBe(`Basic ${credentials}`);
        expect(result.credential?.scheme).toBe('Basic');
        expect(result.evidence).toContain(`Basic credentials for user ${name} (with a password)`);
        for (const line of result.evidence) {
          expect(line).not.toContain(credentials);
          expect(line).not.toContain(secret);
        }
      }),
    );
  });

  test('Bearer tokens in authorization keep their scheme under every encoding', () => {
    fc.assert(
      fc.property(token, encoder, (value, encoderName) => {
        const result = classifyQuery('Authorization', `Bearer ${value}`, encoderName);
        expect(result.strategy).toBe('query-authorization');
        expect(result.credential?.value).toBe(`Bearer ${value}`);
        expect(result.credential?.scheme).toBe('Bearer');
      }),
    );
  });

  test('a ticket UUID under every encoding', () => {
    fc.assert(
      fc.property(fc.uuid(), encoder, (value, encoderName) => {
        const result = classifyQuery('ticket', value, encoderName);
        expect(result.strategy).toBe('ticket');
        expect(result.credential?.value).toBe(value);
        expect(result.evidence[0]).toBe('query parameter "ticket" holds a ticket (UUID, the tmail-backend format)');
      }),
    );
  });
});
