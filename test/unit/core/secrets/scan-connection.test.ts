import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { FINDING_KINDS, type Finding, SEVERITIES } from '../../../../src/core/secrets/finding.ts';
import { scanConnection } from '../../../../src/core/secrets/scan-connection.ts';
import { f1Frames, frame } from '../../../fixtures/frames.ts';
import {
  F1_CREATED_AT,
  F1_HANDSHAKE,
  F1_TICKET_MINT,
  F2_HANDSHAKE,
  F2_OLD_TOKEN_HANDSHAKE,
  F3_HANDSHAKE_A,
  F4_HANDSHAKE,
  F5A_HANDSHAKE,
} from '../../../fixtures/handshakes.ts';
import {
  BASIC_PASSWORD,
  base64UrlOf,
  buildJwt,
  EXPIRED_JWT,
  encodingsOf,
  KNOWN_SECRETS,
  LONG_LIVED_JWT,
  SCENARIO_JWT,
  SECRETS_NOW,
  SHORT_LIVED_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

function connection(handshake: HandshakeRecord, extra: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return { id: 'c1', handshake, createdAt: SECRETS_NOW, frames: [], ...extra };
}

function atUrl(url: string, extra: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return connection({ url, protocols: ['jmap'] }, extra);
}

const summary = (findings: Finding[]) => findings.map(({ kind, severity }) => `${kind}:${severity}`);

describe('scanConnection: the scenarios', () => {
  test('F1: the ticket is low, explained as single-use 60 s', () => {
    const findings = scanConnection(
      connection(F1_HANDSHAKE, { ticketMint: F1_TICKET_MINT, frames: f1Frames(F1_CREATED_AT) }),
    );
    expect(summary(findings)).toEqual(['credential-in-url:low']);
    expect(findings[0]).toMatchObject({
      location: 'URL query parameter "ticket" (single-use ticket, UUID)',
      secret: TICKET,
    });
    expect(findings[0]?.explanation).toMatch(/single use.*60 s/);
  });

  test('F2: a bearer JWT in the URL is high, and a JWT without exp is long-lived', () => {
    const findings = scanConnection(connection(F2_HANDSHAKE));
    expect(summary(findings)).toEqual(['credential-in-url:high', 'jwt-long-lived:medium']);
    expect(findings[0]?.explanation).toContain('RFC 6750');
    expect(findings[0]?.fix).toMatch(/ticket/);
    expect(findings[1]?.explanation).toContain('no exp claim');
    expect(findings.every((finding) => finding.secret === SCENARIO_JWT)).toBe(true);
  });

  test('F2: the old opaque token is high, its secret as written in the URL', () => {
    expect(scanConnection(connection(F2_OLD_TOKEN_HANDSHAKE))).toMatchObject([
      { kind: 'credential-in-url', severity: 'high', secret: 'q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D' },
    ]);
  });

  test('F3: Basic credentials in the URL are critical; the location names the user, not the password', () => {
    const [finding, ...rest] = scanConnection(connection(F3_HANDSHAKE_A));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'basic-credentials-in-url', severity: 'critical' });
    expect(finding?.location).toContain('alice@example.com');
    expect(finding?.explanation).toContain('password itself');
    expect(finding?.fix).toContain('Change this password');
  });

  test('F4: the Authorization header over wss:// is where credentials belong: nothing to report', () => {
    expect(scanConnection(connection(F4_HANDSHAKE))).toEqual([]);
  });

  test('F5a: the F1 URL again replays a consumed ticket', () => {
    const first = connection(F1_HANDSHAKE, { id: 'f1', createdAt: F1_CREATED_AT });
    const replay = connection(F5A_HANDSHAKE, { id: 'f5a', createdAt: F1_CREATED_AT + 90_000 });
    const findings = scanConnection(replay, { otherConnections: [first, replay] });
    expect(summary(findings)).toEqual(['ticket-reused:high', 'credential-in-url:low']);
    expect(findings[0]).toMatchObject({ location: 'URL query parameter "ticket"', secret: TICKET });
    expect(findings[0]?.explanation).toBe(
      'Connection f1 sent this ticket 1 min 30 s earlier and tmail-backend deletes a ticket on its first lookup, so this replay gets 401 "User is forbidden to use this ticket".',
    );
    const onFirst = scanConnection(first, { otherConnections: [first, replay] });
    expect(onFirst[0]?.explanation).toMatch(/^Connection f5a sent this ticket again/);
  });

  test('a ticket used three times: the replay names the first use', () => {
    const url = `wss://h/jmap/ws?ticket=${TICKET}`;
    const uses = [atUrl(url, { id: 'b', createdAt: 2_000 }), atUrl(url, { id: 'a', createdAt: 1_000 })];
    const third = atUrl(url, { id: 'c', createdAt: 3_500 });
    expect(scanConnection(third, { otherConnections: uses })[0]?.explanation).toMatch(
      /^Connection a sent this ticket 3 s earlier/,
    );
  });

  test('different tickets, or the same connection, are no replay', () => {
    const one = atUrl(`wss://h/jmap/ws?ticket=${TICKET}`);
    const other = atUrl('wss://h/jmap/ws?ticket=0b3a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', { id: 'c2' });
    expect(summary(scanConnection(one, { otherConnections: [one, other] }))).toEqual(['credential-in-url:low']);
  });
});

describe('scanConnection: transport', () => {
  test('any credential over ws:// adds a critical cleartext finding that lists where', () => {
    const findings = scanConnection(atUrl(`ws://jmap.example.com/jmap/ws?ticket=${TICKET}`));
    expect(summary(findings)).toEqual(['cleartext-transport:critical', 'credential-in-url:low']);
    expect(findings[0]?.location).toBe('unencrypted ws:// connection to jmap.example.com');
    expect(findings[0]?.explanation).toContain('URL query parameter "ticket"');
    expect(findings[0]?.fix).toContain('wss://');
    expect(findings[0]?.secret).toBeUndefined();
  });

  test('an Authorization header over ws:// is critical too', () => {
    const findings = scanConnection(connection({ ...F4_HANDSHAKE, url: 'ws://jmap.example.com/jmap/ws' }));
    expect(summary(findings)).toEqual(['cleartext-transport:critical']);
    expect(findings[0]?.explanation).toContain('Authorization request header');
  });

  test('a cleartext URL without an authority never puts the URL in the location', () => {
    const findings = scanConnection(atUrl('ws:jmap/ws?access_token=abc123XYZ789'));
    expect(findings[0]).toMatchObject({
      kind: 'cleartext-transport',
      location: 'unencrypted ws:// connection to an unnamed host',
    });
  });

  test('ws:// without credentials is not a finding here', () => {
    expect(scanConnection(atUrl('ws://localhost:8080/jmap/ws'))).toEqual([]);
  });

  test('the list of places is capped', () => {
    const url = `ws://u:p4ss@h/ws?${['token', 'auth', 'jwt', 'apikey', 'session', 'sid'].map((name) => `${name}=v4lue${name}`).join('&')}`;
    const cleartext = scanConnection(atUrl(url)).find((finding) => finding.kind === 'cleartext-transport');
    expect(cleartext?.explanation).toMatch(/; and 3 more\.$/);
  });
});

describe('scanConnection: other places', () => {
  test('userinfo with a password is critical', () => {
    expect(scanConnection(atUrl('wss://alice:hunter22@h/ws'))).toMatchObject([
      {
        kind: 'credential-in-userinfo',
        severity: 'critical',
        location: 'URL userinfo (the password of user "alice")',
        secret: 'hunter22',
      },
    ]);
    expect(summary(scanConnection(atUrl('wss://ghp_16C7e42F292c6912E7710c838347Ae178B4a@h/ws')))).toEqual([
      'credential-in-userinfo:high',
    ]);
  });

  test('a password in the query is critical', () => {
    expect(summary(scanConnection(atUrl('wss://h/ws?password=hunter2')))).toEqual(['credential-in-url:critical']);
  });

  test('a token in a subprotocol is high', () => {
    const handshake = {
      url: 'wss://h/ws',
      protocols: [`org.openhab.ws.accessToken.base64.${base64UrlOf('oh_tok_4b6c2f0e9a1d')}`],
    };
    expect(summary(scanConnection(connection(handshake)))).toEqual(['credential-in-subprotocol:high']);
  });

  test('credentials in frames are high, with direction and frame id', () => {
    const frames = [frame('sent', `{"password":"${BASIC_PASSWORD}"}`, SECRETS_NOW + 10, 7)];
    expect(scanConnection(atUrl('wss://h/ws', { frames }))).toMatchObject([
      { kind: 'credential-in-frame', severity: 'high', location: 'sent frame #7: field "password" (a password)' },
    ]);
  });
});

describe('scanConnection: JWT lifetime', () => {
  const at = (jwt: string) => atUrl(`wss://h/ws?access_token=${jwt}`);

  test('expired: medium, saying how long ago', () => {
    const findings = scanConnection(at(EXPIRED_JWT));
    expect(summary(findings)).toEqual(['credential-in-url:high', 'jwt-expired:medium']);
    expect(findings[1]?.explanation).toMatch(
      /^The token had expired 1 h earlier \(exp 2026-08-20T08:00:00.000Z, checked at 2026-08-20T09:00:00.000Z\)/,
    );
    expect(findings[1]?.explanation).toContain('TokenAuthStrategy');
  });

  test('now can be given; before expiry nothing is said about it', () => {
    expect(summary(scanConnection(at(EXPIRED_JWT), { now: SECRETS_NOW - 2 * 3600 * 1000 }))).toEqual([
      'credential-in-url:high',
    ]);
  });

  test('long-lived: over 24 h between iat and exp is medium', () => {
    const findings = scanConnection(at(LONG_LIVED_JWT));
    expect(summary(findings)).toEqual(['credential-in-url:high', 'jwt-long-lived:medium']);
    expect(findings[1]?.explanation).toContain('valid for 30 d (exp − iat)');
  });

  test('short-lived tokens raise nothing more', () => {
    expect(summary(scanConnection(at(SHORT_LIVED_JWT)))).toEqual(['credential-in-url:high']);
  });

  test('no iat: low when still valid for over a day, nothing otherwise', () => {
    const nowSeconds = SECRETS_NOW / 1000;
    const far = scanConnection(at(buildJwt({ exp: nowSeconds + 3 * 86_400 })));
    expect(summary(far)).toEqual(['credential-in-url:high', 'jwt-long-lived:low']);
    expect(far[1]?.explanation).toContain('another 3 d');
    expect(summary(scanConnection(at(buildJwt({ exp: nowSeconds + 600 }))))).toEqual(['credential-in-url:high']);
  });

  test('a JWT in the Authorization header over wss:// is judged too, without an exposure finding', () => {
    const handshake = {
      url: 'wss://h/ws',
      protocols: [],
      requestHeaders: [{ name: 'Authorization', value: `Bearer ${EXPIRED_JWT}` }],
    };
    const findings = scanConnection(connection(handshake));
    expect(summary(findings)).toEqual(['jwt-expired:medium']);
    expect(findings[0]?.location).toMatch(/^Authorization request header/);
    expect(findings[0]?.explanation).not.toContain('TokenAuthStrategy');
  });

  test('an exp too far from the epoch to be a date is shown as a number', () => {
    const findings = scanConnection(at(buildJwt({ exp: -1e300 })));
    expect(findings[1]?.explanation).toContain('(exp -1e+300,');
  });

  test('the same JWT in two places is judged once', () => {
    const frames = [frame('sent', `{"token":"${SCENARIO_JWT}"}`, SECRETS_NOW, 1)];
    const findings = scanConnection({ ...at(SCENARIO_JWT), frames });
    expect(summary(findings)).toEqual(['credential-in-url:high', 'credential-in-frame:high', 'jwt-long-lived:medium']);
  });
});

describe('scanConnection: every finding', () => {
  test('is sorted most severe first, uses known kinds, and never shows a secret outside `secret`', () => {
    const url = `ws://alice:hunter22@h/ws?authorization=Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D&access_token=${STALWART_OPAQUE_TOKEN}&ticket=${TICKET}`;
    const findings = scanConnection(atUrl(url));
    const ranks = findings.map((finding) => SEVERITIES.indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const finding of findings) {
      expect(FINDING_KINDS).toContain(finding.kind);
      const shown = `${finding.location} ${finding.explanation} ${finding.fix}`;
      for (const secret of [...KNOWN_SECRETS, 'hunter22']) {
        for (const form of encodingsOf(secret)) expect(shown).not.toContain(form);
      }
    }
  });

  test('scanning never throws on arbitrary URLs, protocols and frames', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true })),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (url, protocols, texts) => {
          const frames = texts.map((text, index) => frame(index % 2 ? 'received' : 'sent', text, index, index));
          expect(Array.isArray(scanConnection(atUrl(url, { frames, handshake: { url, protocols } })))).toBe(true);
        },
      ),
    );
  });
});
