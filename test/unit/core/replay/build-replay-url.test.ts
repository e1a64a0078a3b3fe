import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { buildReplayUrl, stripCredentialParams } from '../../../../src/core/replay/build-replay-url.ts';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import { REPLAY_ENCODINGS } from '../../../../src/core/replay/endpoint-profile.ts';
import type { ReplayCredential } from '../../../../src/core/replay/replay-credential.ts';
import { findQueryParam, queryParams } from '../../../../src/core/url/query-params.ts';
import { F3_URL } from '../../../fixtures/handshakes.ts';
import { BASIC_CREDENTIALS, SCENARIO_JWT, STALWART_OPAQUE_TOKEN, TICKET } from '../../../fixtures/secrets.ts';

const PROFILE: EndpointProfile = {
  name: 'proxy',
  url: 'wss://proxy.example.org/jmap/ws',
  transport: 'query-access-token',
  encoding: 'form',
  extraParams: [],
  subprotocols: ['jmap'],
};
const BEARER = { scheme: 'Bearer', value: SCENARIO_JWT } as const;
const OPAQUE = { scheme: 'Bearer', value: STALWART_OPAQUE_TOKEN } as const;
const BASIC = { scheme: 'Basic', value: BASIC_CREDENTIALS } as const;

function urlOf(profile: Partial<EndpointProfile>, rest: { credential?: ReplayCredential; ticket?: string }): string {
  const built = buildReplayUrl({ profile: { ...PROFILE, ...profile }, ...rest });
  if (!built.ok) throw new Error(built.error);
  return built.url;
}

describe('buildReplayUrl', () => {
  test('query-access-token in each encoding', () => {
    expect(urlOf({}, { credential: OPAQUE })).toBe(
      'wss://proxy.example.org/jmap/ws?access_token=q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D',
    );
    expect(urlOf({ encoding: 'percent' }, { credential: OPAQUE })).toContain('access_token=q7Yd%2B4n%2FZp0');
    expect(urlOf({ encoding: 'raw' }, { credential: OPAQUE })).toBe(
      `wss://proxy.example.org/jmap/ws?access_token=${STALWART_OPAQUE_TOKEN}`,
    );
  });

  test('query-authorization writes the F3 URL exactly as TMail does', () => {
    const url = urlOf(
      { url: 'wss://mail.example.org/jmap/ws', transport: 'query-authorization' },
      { credential: BASIC },
    );
    expect(url).toBe(F3_URL);
    expect(urlOf({ transport: 'query-authorization', encoding: 'percent' }, { credential: BEARER })).toBe(
      `wss://proxy.example.org/jmap/ws?authorization=Bearer%20${SCENARIO_JWT}`,
    );
  });

  test('ticket puts the fresh ticket in; header and none leave the URL alone', () => {
    expect(urlOf({ transport: 'ticket' }, { ticket: TICKET, credential: BEARER })).toBe(
      `wss://proxy.example.org/jmap/ws?ticket=${TICKET}`,
    );
    expect(buildReplayUrl({ profile: { ...PROFILE, transport: 'header' }, credential: BASIC })).toEqual({
      ok: true,
      url: PROFILE.url,
      authorization: `Basic ${BASIC_CREDENTIALS}`,
    });
    expect(buildReplayUrl({ profile: { ...PROFILE, transport: 'none' }, credential: BASIC })).toEqual({
      ok: true,
      url: PROFILE.url,
    });
  });

  test('the URL keeps its own query minus credentials, then the extra parameters, then the credential', () => {
    const url = urlOf(
      {
        url: 'wss://p.example.org/ws?tenant=a%20b&access_token=old-token&ticket=old&Authorization=Basic+x&v=2#frag',
        extraParams: [{ name: 'client', value: 'jmap push' }],
      },
      { credential: BEARER },
    );
    expect(url).toBe(`wss://p.example.org/ws?tenant=a%20b&v=2&client=jmap+push&access_token=${SCENARIO_JWT}`);
    expect(stripCredentialParams('wss://p.example.org/ws?access_token=x#f')).toBe('wss://p.example.org/ws');
    expect(stripCredentialParams('wss://p.example.org/ws?a=1?ticket=x')).toBe('wss://p.example.org/ws?a=1');
    expect(stripCredentialParams('wss://p.example.org/ws?next=/a?b&ticket=x')).toBe('wss://p.example.org/ws?next=/a?b');
  });

  test.each([
    [{ transport: 'query-access-token' }, {}, 'the query-access-token transport needs a credential'],
    [{ transport: 'header' }, {}, 'the header transport needs a credential'],
    [{ transport: 'ticket' }, { credential: BEARER }, 'the ticket transport needs a freshly minted ticket'],
    [
      { transport: 'query-access-token' },
      { credential: BASIC },
      'access_token carries a bare Bearer token: use query-authorization for Basic',
    ],
    [
      { transport: 'query-authorization' },
      { credential: { scheme: 'Bearer', value: 'a\r\nb' } },
      'the credential may hold only printable ASCII without spaces (no CR, LF, NUL)',
    ],
    [
      { encoding: 'raw', extraParams: [{ name: 'x', value: 'a&b' }] },
      { credential: BEARER },
      'query parameter "x" holds "&", "#", "%", a space or a control character, which raw encoding cannot carry',
    ],
  ] as const)('%j %j is refused', (profile, rest, error) => {
    expect(buildReplayUrl({ profile: { ...PROFILE, ...profile }, ...rest })).toEqual({ ok: false, error });
  });

  test('whatever the token and encoding, the URL carries it and the core classifies it as sent', () => {
    const token = fc.stringMatching(/^[\x21-\x7e]{8,40}$/).filter((value) => !/%[0-9A-Fa-f]{2}/.test(value));
    fc.assert(
      fc.property(token, fc.constantFrom('form', 'percent'), (value, encoding) => {
        const url = urlOf({ encoding }, { credential: { scheme: 'Bearer', value } });
        const param = findQueryParam(queryParams(url), 'access_token');
        expect(param?.value).toBe(value);
        expect(classifyAuth({ handshake: { url, protocols: ['jmap'] } }).strategy).toBe('query-access-token');
      }),
    );
    expect(REPLAY_ENCODINGS).toEqual(['form', 'percent', 'raw']);
  });
});
