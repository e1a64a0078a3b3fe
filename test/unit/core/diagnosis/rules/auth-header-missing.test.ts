import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { authHeaderMissing } from '../../../../../src/core/diagnosis/rules/auth-header-missing.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F1_URL, F2_JWT, F4_HANDSHAKE, F5A_HANDSHAKE, F5B_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_RAW_COPY,
  F5B_NO_CREDENTIALS,
  refused,
  STALWART,
  STOCK_JAMES,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';

const STALWART_TICKET = refused('ticket-to-stalwart', { ...F2B_PROXY_NO_HEADER.handshake, url: F1_URL }, 0);

function run(connection: ConnectionRecord, context = {}) {
  return authHeaderMissing(connectionFacts(connection, context));
}

describe('auth-header-missing', () => {
  test('F2b: a query access_token Stalwart never read', () => {
    const cause = run(F2B_PROXY_NO_HEADER, { session: STALWART });
    expect(cause?.id).toBe('auth-header-missing');
    expect(cause?.explanation).toContain('query parameter "access_token"');
    expect(cause?.explanation).toContain('realm="Stalwart Server"');
    expect(cause?.explanation).toContain('You have to authenticate first.');
    expect(cause?.explanation).toContain('Stalwart reads only the Authorization header');
    expect(cause?.checks.join(' ')).toContain('"access_token"');
    expect(cause?.checks.join(' ')).not.toContain('seed recipes');
    expect(JSON.stringify(cause)).not.toContain(F2_JWT);
  });

  test('F3 outcome B: the authorization parameter, with its Basic scheme named', () => {
    const cause = run(F3_BASIC_RAW_COPY, { session: STALWART });
    expect(cause?.explanation).toContain('query parameter "authorization" (form encoding, Basic scheme)');
    expect(cause?.checks.join(' ')).toContain('seed recipes ignore ?authorization=');
  });

  test('names no server it cannot identify', () => {
    const bare = refused('bare', { url: F2B_PROXY_NO_HEADER.handshake.url, protocols: ['jmap'], status: 401 }, 0);
    const cause = run(bare);
    expect(cause?.explanation).toContain('Stalwart, Apache James and Cyrus all read');
    expect(cause?.explanation).toContain('without a WWW-Authenticate challenge');
  });

  test('F5b: no credential at all, and the server offers tickets', () => {
    const cause = run(F5B_NO_CREDENTIALS, { session: TMAIL_BACKEND });
    expect(cause?.title).toMatch(/^No credential reached the server/);
    expect(cause?.explanation).toContain('Basic realm="simple"');
    expect(cause?.explanation).toContain('No valid authentication methods provided');
    expect(cause?.explanation).toContain('TMail mints a ticket');
  });

  test('no credential and no ticket challenge: explains that browsers cannot set headers', () => {
    const challenge = [{ name: 'WWW-Authenticate', value: 'Basic realm="simple"' }];
    const cause = run(refused('basic-only', { ...F5B_HANDSHAKE, responseHeaders: challenge }, 0), {
      session: STOCK_JAMES,
    });
    expect(cause?.explanation).toContain('A browser cannot set headers on a WebSocket');
  });

  test('a ticket sent to a server that does not read tickets', () => {
    const cause = run(STALWART_TICKET, { session: STALWART });
    expect(cause?.title).toBe('The server does not read the ticket: it saw no credential at all');
    expect(cause?.checks[0]).toContain('TicketAuthenticationStrategy');
  });

  test('a ticket the TMail backend refused is not this cause', () => {
    expect(run(refused('f5a', F5A_HANDSHAKE, 0), { session: TMAIL_BACKEND })).toBeUndefined();
  });

  test('a 401 to a header credential is not this cause', () => {
    const rejected = refused('header', { ...F4_HANDSHAKE, status: 401, chosenProtocol: undefined }, 0);
    expect(run(rejected)).toBeUndefined();
  });

  test('only a 401 counts', () => {
    expect(run(F2_TOKEN_PROXY_OK, { session: STALWART })).toBeUndefined();
    expect(
      run(refused('no-status', { url: F2B_PROXY_NO_HEADER.handshake.url, protocols: ['jmap'] }, 0)),
    ).toBeUndefined();
  });
});
