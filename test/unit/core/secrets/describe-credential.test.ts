import { describe, expect, test } from 'vitest';
import { readCredentialShape, readNamedCredential } from '../../../../src/core/secrets/describe-credential.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  BASIC_USER,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

describe('readCredentialShape', () => {
  test('Basic credentials: the base64 part, described by user', () => {
    const reading = readCredentialShape(`Basic ${BASIC_CREDENTIALS}`);
    expect(reading).toMatchObject({ credential: BASIC_CREDENTIALS, shape: 'basic' });
    expect(reading?.what).toContain(BASIC_USER);
    expect(reading?.what).not.toContain(BASIC_PASSWORD);
  });

  test('bare base64 of user:password is Basic too', () => {
    expect(readCredentialShape(BASIC_CREDENTIALS)).toMatchObject({ credential: BASIC_CREDENTIALS, shape: 'basic' });
  });

  test('Bearer: a JWT or an opaque bearer token', () => {
    expect(readCredentialShape(`Bearer ${SCENARIO_JWT}`)).toMatchObject({ credential: SCENARIO_JWT, shape: 'jwt' });
    expect(readCredentialShape(`bearer ${STALWART_OPAQUE_TOKEN}`)).toMatchObject({
      credential: STALWART_OPAQUE_TOKEN,
      shape: 'bearer',
    });
  });

  test('a JWT with no scheme', () => {
    expect(readCredentialShape(SCENARIO_JWT)).toMatchObject({ shape: 'jwt', what: 'JWT, alg RS256, sub alice' });
  });

  test('shapes that are not credentials by themselves', () => {
    expect(readCredentialShape(STALWART_OPAQUE_TOKEN)).toBeUndefined();
    expect(readCredentialShape(TICKET)).toBeUndefined();
    expect(readCredentialShape('Basic')).toBeUndefined();
    expect(readCredentialShape('hello world')).toBeUndefined();
    // base64 of `{"a":"b"}` (JSON, not user:password) and of `alice:` (no password)
    expect(readCredentialShape('eyJhIjoiYiJ9')).toBeUndefined();
    expect(readCredentialShape(btoa('alice:'))).toBeUndefined();
    expect(readCredentialShape(btoa('a b:password'))).toBeUndefined();
  });
});

describe('readNamedCredential', () => {
  test('a ticket UUID under "ticket"', () => {
    expect(readNamedCredential('ticket', TICKET)).toEqual({
      credential: TICKET,
      shape: 'ticket',
      what: 'single-use ticket, UUID',
    });
  });

  test('a non-UUID ticket is an opaque token', () => {
    expect(readNamedCredential('ticket', 'not-a-uuid')).toMatchObject({ shape: 'opaque' });
  });

  test('an opaque token under a token name, a password under a password name', () => {
    expect(readNamedCredential('access_token', STALWART_OPAQUE_TOKEN)).toEqual({
      credential: STALWART_OPAQUE_TOKEN,
      shape: 'opaque',
      what: 'standard base64, 44 chars',
    });
    expect(readNamedCredential('password', BASIC_PASSWORD)).toEqual({
      credential: BASIC_PASSWORD,
      shape: 'password',
      what: 'a password',
    });
  });

  test('the shape wins over the name', () => {
    expect(readNamedCredential('state', SCENARIO_JWT)?.shape).toBe('jwt');
    expect(readNamedCredential('ticket', `Basic ${BASIC_CREDENTIALS}`)?.shape).toBe('basic');
  });

  test('harmless names and values', () => {
    expect(readNamedCredential('sessionState', 'abc123def456')).toBeUndefined();
    expect(readNamedCredential('access_token', '')).toBeUndefined();
  });
});
