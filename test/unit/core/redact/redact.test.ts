import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprint, redact, redactUrl } from '../../../../src/core/redact/redact.ts';
import { findTextSecrets } from '../../../../src/core/secrets/scan-text.ts';
import { F1_URL, F2_OLD_TOKEN_URL, F2_URL, F3_URL } from '../../../fixtures/handshakes.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  BASIC_USER,
  buildJwt,
  dartEncode,
  encodingsOf,
  KNOWN_SECRETS,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

const print = fingerprint;

function expectNoneOf(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
  }
}

describe('redactUrl', () => {
  test('F1–F3 keep parameter names and structure', () => {
    expect(redactUrl(F1_URL)).toBe(`wss://jmap.example.com/jmap/ws?ticket=${print(TICKET)}`);
    expect(redactUrl(F2_URL)).toBe(`wss://mail.example.org/jmap/ws?access_token=${print(SCENARIO_JWT)}`);
    expect(redactUrl(F2_OLD_TOKEN_URL)).toBe(
      `wss://mail.example.org/jmap/ws?access_token=${print(STALWART_OPAQUE_TOKEN)}`,
    );
    expect(redactUrl(F3_URL)).toBe(`wss://mail.example.org/jmap/ws?authorization=Basic+${print(BASIC_CREDENTIALS)}`);
  });

  test('userinfo passwords, other parameters untouched', () => {
    expect(redactUrl('wss://alice:hunter22@h/ws?lang=en#top')).toBe(
      `wss://alice:${print('hunter22')}@h/ws?lang=en#top`,
    );
  });

  test('a URL without credentials is returned as is', () => {
    expect(redactUrl('wss://jmap.example.com/jmap/ws')).toBe('wss://jmap.example.com/jmap/ws');
  });
});

describe('redact', () => {
  test('the same secret in every encoding gets one fingerprint', () => {
    const text = [
      `url: ${F3_URL}`,
      `Authorization: Basic ${BASIC_CREDENTIALS}`,
      `decoded: ${BASIC_USER}:${BASIC_PASSWORD}`,
      `password alone: ${BASIC_PASSWORD}`,
    ].join('\n');
    const redacted = redact(text, [`Basic ${BASIC_CREDENTIALS}`]);
    expectNoneOf(redacted, [BASIC_CREDENTIALS, BASIC_PASSWORD, `${BASIC_USER}:${BASIC_PASSWORD}`]);
    expect(redacted).toBe(
      [
        `url: wss://mail.example.org/jmap/ws?authorization=Basic+${print(BASIC_CREDENTIALS)}`,
        `Authorization: Basic ${print(BASIC_CREDENTIALS)}`,
        `decoded: ${print(BASIC_CREDENTIALS)}`,
        `password alone: ${print(BASIC_CREDENTIALS)}`,
      ].join('\n'),
    );
  });

  test('known secrets are found in text no scanner would flag, in any case of %XX', () => {
    const text = `opaque ${STALWART_OPAQUE_TOKEN} then q7Yd%2b4n%2fZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3d`;
    expect(redact(text, [STALWART_OPAQUE_TOKEN])).toBe(
      `opaque ${print(STALWART_OPAQUE_TOKEN)} then ${print(STALWART_OPAQUE_TOKEN)}`,
    );
    expect(redact(text)).toBe(text);
  });

  test('secrets the scanners find by themselves: JSON fields, JWTs, Bearer values, request lines', () => {
    const text = `GET /jmap/ws?ticket=${TICKET} HTTP/1.1\n{"accessToken":"${STALWART_OPAQUE_TOKEN}","note":"Bearer ${SCENARIO_JWT}"}`;
    expect(redact(text)).toBe(
      `GET /jmap/ws?ticket=${print(TICKET)} HTTP/1.1\n{"accessToken":"${print(STALWART_OPAQUE_TOKEN)}","note":"Bearer ${print(SCENARIO_JWT)}"}`,
    );
  });

  test('the longest form wins, overlapping secrets leave nothing behind', () => {
    expect(redact('xx abcdef1234 yy', ['abcdef', 'def1234'])).toBe(`xx ${print('abcdef')} yy`);
    expect(redact('k=tok3n-tok3n-tok3n', ['tok3n', 'tok3n-tok3n-tok3n'])).toBe(`k=${print('tok3n-tok3n-tok3n')}`);
  });

  test('idempotent, and text without secrets is unchanged', () => {
    const once = redact(`${F3_URL} ${F2_URL} ${F1_URL}`);
    expect(redact(once)).toBe(once);
    expect(redact('{"@type":"StateChange","changed":{}}')).toBe('{"@type":"StateChange","changed":{}}');
    expect(redact('')).toBe('');
  });

  test('every known secret in every encoding disappears', () => {
    const text = KNOWN_SECRETS.flatMap((secret) => encodingsOf(secret)).join(' | ');
    expectNoneOf(redact(text, KNOWN_SECRETS), KNOWN_SECRETS);
  });
});

describe('redact: properties', () => {
  const body = (alphabet: RegExp, min: number) =>
    fc.stringMatching(alphabet).filter((text) => text.length >= min && /\d/.test(text) && /[A-Za-z]/.test(text));
  const base64Token = fc
    .tuple(body(/^[A-Za-z0-9+/]{12,60}$/, 12), fc.constantFrom('', '=', '=='))
    .map(([text, pad]) => `${text}${pad}`);
  const base64UrlToken = body(/^[A-Za-z0-9_-]{12,60}$/, 12);
  const jwt = fc
    .record({ sub: fc.string(), exp: fc.integer({ min: 0, max: 4_000_000_000 }), n: fc.nat() })
    .map((claims) => buildJwt(claims));
  const token = fc.oneof(base64Token, base64UrlToken, jwt);
  const encode = fc.constantFrom<(text: string) => string>(
    (text) => text,
    dartEncode,
    encodeURIComponent,
    (text) => encodeURIComponent(encodeURIComponent(text)),
    (text) => encodeURIComponent(dartEncode(text)),
  );
  const embed = fc.constantFrom<(secret: string) => string>(
    (secret) => `wss://h.example/jmap/ws?a=1&access_token=${secret}&b=2`,
    (secret) => `wss://h.example/jmap/ws?authorization=Bearer+${secret}`,
    (secret) => `log line: GET /jmap/ws?token=${secret} HTTP/1.1`,
    (secret) => `{"refreshToken":"${secret}","other":1}`,
  );

  test('a secret the caller names never survives, in any encoding, in URLs and free text', () => {
    fc.assert(
      fc.property(token, encode, fc.string(), fc.string(), (secret, encoding, before, after) => {
        const text = `${before} https://x.test/?q=${encoding(secret)} ${encoding(secret)}${after}`;
        expectNoneOf(redact(text, [secret]), [secret]);
      }),
    );
  });

  test('a secret under a credential name, as a JWT or after Bearer is found without being named', () => {
    fc.assert(
      fc.property(token, encode, embed, (secret, encoding, place) => {
        expectNoneOf(redact(place(encoding(secret))), [secret]);
      }),
    );
    fc.assert(
      fc.property(jwt, fc.string(), (secret, text) => {
        expectNoneOf(redact(`${text} ${secret} ${text}`), [secret]);
      }),
    );
  });

  test('Basic credentials in a Dart-encoded URL lose the base64 and the password', () => {
    const user = fc.stringMatching(/^[a-z][a-z0-9.@]{2,20}$/);
    const password = fc.string({ minLength: 8, maxLength: 30 }).filter((text) => !/\p{Cc}/u.test(text));
    fc.assert(
      fc.property(user, password, (name, secret) => {
        const credentials = btoa(String.fromCharCode(...new TextEncoder().encode(`${name}:${secret}`)));
        const redacted = redact(`wss://h/jmap/ws?authorization=${dartEncode(`Basic ${credentials}`)}`);
        expectNoneOf(redacted, [credentials]);
        expect(redacted).toBe(`wss://h/jmap/ws?authorization=Basic+${print(credentials)}`);
      }),
    );
  });

  test('redacting twice changes nothing', () => {
    fc.assert(
      fc.property(token, encode, embed, fc.string(), (secret, encoding, place, text) => {
        const once = redact(`${text}${place(encoding(secret))}${text}`);
        expect(redact(once)).toBe(once);
      }),
    );
  });

  test('secrets the text shows by itself are matched as if the caller had named them after its own', () => {
    fc.assert(
      fc.property(token, encode, embed, token, fc.string(), (found, encoding, place, other, text) => {
        // Named secrets that start where the found one does (shorter) or inside it, and one of their own.
        const named = [found.slice(0, 10), found.slice(2, 14), other];
        const overlapping = `${text}${place(encoding(found))}${other}${found.slice(3)} ${encoding(other)}${text}`;
        const alsoNamed = [...named, ...findTextSecrets(overlapping).map((detected) => detected.secret)];
        expect(redact(overlapping, named)).toBe(redact(overlapping, alsoNamed));
      }),
    );
  });

  test('a list changed in place is never matched with what it held before', () => {
    const unnamed = 'zq7Yd4nZp0Lw9xK';
    const secrets = [TICKET];
    expect(redact(`a ${unnamed} b`, secrets)).toBe(`a ${unnamed} b`);
    secrets.push(unnamed);
    expect(redact(`a ${unnamed} b`, secrets)).toBe(`a ${print(unnamed)} b`);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (text, secrets) => {
        expect(typeof redact(text, secrets)).toBe('string');
      }),
    );
  });

  test('a secret known only by its fingerprint (an imported redacted capture) is left as it is', () => {
    const url = 'wss://h/jmap/ws?access_token=[REDACTED:d6e15c]';
    expect(redact(url, ['[REDACTED:d6e15c]'])).toBe(url);
    expect(redact(`Bearer [REDACTED:d6e15c] and abcdefgh1234567890`, ['[REDACTED:d6e15c]', 'abcdefgh1234567890'])).toBe(
      `Bearer [REDACTED:d6e15c] and ${fingerprint('abcdefgh1234567890')}`,
    );
  });
});
