import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { serverUnreachable } from '../../../../../src/core/diagnosis/rules/server-unreachable.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F2_JWT } from '../../../../fixtures/handshakes.ts';
import { F2B_PROXY_NO_HEADER, NETWORK_REFUSED, PROXY_UPSTREAM_DOWN, refused } from '../../../../fixtures/scenarios.ts';

function withError(error: string, url = 'wss://mail.example.org/jmap/ws'): ConnectionRecord {
  return refused('e', { url, protocols: ['jmap'], error }, 0);
}

function run(connection: ConnectionRecord) {
  return serverUnreachable(connectionFacts(connection, {}));
}

describe('server-unreachable', () => {
  test('connection refused: no HTTP status at all', () => {
    const cause = run(NETWORK_REFUSED);
    expect(cause?.id).toBe('server-unreachable');
    expect(cause?.explanation).toContain('"net::ERR_CONNECTION_REFUSED" and no HTTP status');
    expect(cause?.explanation).toContain('nothing accepted the TCP connection');
  });

  test.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'did not resolve'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'TLS handshake failed'],
    ['net::ERR_TIMED_OUT', 'timed out'],
    ['net::ERR_CONNECTION_RESET', 'dropped the connection'],
    ['Firefox can’t establish a connection', 'at the network level'],
  ])('%s', (error, meaning) => {
    expect(run(withError(error))?.explanation).toContain(meaning);
  });

  test('an error text holding the credential is masked', () => {
    const cause = run(
      withError(`failed: wss://x/jmap/ws?access_token=${F2_JWT}`, `wss://x/jmap/ws?access_token=${F2_JWT}`),
    );
    expect(JSON.stringify(cause)).not.toContain(F2_JWT);
  });

  test('PROXIES UP_DOWN: 502 from the proxy, with the log warning for a credential in the URL', () => {
    const cause = run(PROXY_UPSTREAM_DOWN);
    expect(cause?.title).toBe('The proxy could not reach the JMAP server (HTTP 502)');
    expect(cause?.explanation).toContain('nginx and Caddy answer 502 and HAProxy 503');
    expect(cause?.explanation).toContain('that log now holds it');
  });

  test('504 says "in time"; no credential, no log warning', () => {
    const cause = run(refused('504', { url: 'wss://x.example/jmap/ws', protocols: ['jmap'], status: 504 }, 0));
    expect(cause?.explanation).toContain('could not reach in time');
    expect(cause?.explanation).not.toContain('log');
  });

  test('any other status, or an empty error, is not this cause', () => {
    expect(run(F2B_PROXY_NO_HEADER)).toBeUndefined();
    expect(
      run(refused('401+error', { ...F2B_PROXY_NO_HEADER.handshake, error: 'net::ERR_FAILED' }, 0)),
    ).toBeUndefined();
    expect(run(withError(''))).toBeUndefined();
    expect(run(refused('nothing', { url: 'wss://x/', protocols: [] }, 0))).toBeUndefined();
  });
});
