import { describe, expect, test } from 'vitest';
import {
  findSubprotocolCredentials,
  readSubprotocolCredentials,
} from '../../../../src/core/auth/read-subprotocol-credential.ts';
import { F2_JWT } from '../../../fixtures/handshakes.ts';

const OPENHAB_TOKEN = btoa('oh.user.0123456789abcdefghijklmnopqrstuvwxyz');
const K8S_TOKEN = 'ZXlKaGJHY2lPaUpTVXpJMU5pSjkuZXlKemRXSWlPaUpoYkdsalpTSjkuYzJsbmJtRjBkWEps';

describe('findSubprotocolCredentials', () => {
  test('openHAB, Kubernetes, a bare JWT, and a token after a marker entry', () => {
    const protocols = [
      'jmap',
      `org.openhab.ws.accessToken.base64.${OPENHAB_TOKEN}`,
      `base64url.bearer.authorization.k8s.io.${K8S_TOKEN}`,
      F2_JWT,
      'access_token',
      'opaque-token-value-123',
    ];
    expect(findSubprotocolCredentials(protocols).map(({ index, shape, token }) => [index, shape, token])).toEqual([
      [1, 'openhab', OPENHAB_TOKEN],
      [2, 'kubernetes', K8S_TOKEN],
      [3, 'jwt', F2_JWT],
      [5, 'after-marker', 'opaque-token-value-123'],
    ]);
  });

  test('prefixes match in any case, as the secrets scanner matches them', () => {
    const [found] = findSubprotocolCredentials([`ORG.OPENHAB.WS.ACCESSTOKEN.BASE64.${OPENHAB_TOKEN}`]);
    expect(found).toMatchObject({ shape: 'openhab', token: OPENHAB_TOKEN });
  });

  test('plain subprotocol names carry nothing, and "jmap" after a marker is not a token', () => {
    expect(findSubprotocolCredentials(['jmap', 'v1.json', 'graphql-ws', 'bearer', 'jmap', 'token', ''])).toEqual([]);
  });
});

describe('readSubprotocolCredentials', () => {
  test('evidence names the position and the convention, never the token', () => {
    const reading = readSubprotocolCredentials(['jmap', `org.openhab.ws.accessToken.base64.${OPENHAB_TOKEN}`]);
    expect(reading.candidates).toEqual([
      {
        strategy: 'subprotocol-token',
        evidence: [
          `offered subprotocol #2 carries an openHAB access token (org.openhab.ws.accessToken.base64.…) (standard base64, ${OPENHAB_TOKEN.length} chars)`,
          'no JMAP server here (James, Stalwart, Cyrus) reads credentials from Sec-WebSocket-Protocol',
        ],
      },
    ]);
    expect(JSON.stringify(reading)).not.toContain(OPENHAB_TOKEN);
  });

  test('a JWT entry is described by its header', () => {
    const [candidate] = readSubprotocolCredentials(['jmap', F2_JWT]).candidates;
    expect(candidate?.evidence[0]).toBe('offered subprotocol #2 carries a JWT (JWT, alg RS256, sub alice)');
  });

  test('a prefix with no token is not a credential', () => {
    expect(readSubprotocolCredentials(['base64url.bearer.authorization.k8s.io.'])).toEqual({
      candidates: [],
      notes: ['offered subprotocol #1 has a token prefix with no token: not a credential'],
    });
  });
});
