import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateProfile } from '../../../../src/core/replay/validate-profile.ts';

const VALID = { name: 'nginx staging', url: 'wss://proxy.example.org/jmap/ws', transport: 'query-access-token' };

function errorsOf(input: unknown): readonly string[] {
  const result = validateProfile(input);
  return result.ok ? [] : result.errors;
}

describe('validateProfile', () => {
  test('fills the defaults: form encoding, no extra parameters, subprotocol jmap', () => {
    expect(validateProfile({ ...VALID, name: '  nginx staging ' })).toEqual({
      ok: true,
      profile: { ...VALID, encoding: 'form', extraParams: [], subprotocols: ['jmap'] },
    });
  });

  test('keeps what was chosen, and drops any field that is not a profile field', () => {
    const input = {
      ...VALID,
      transport: 'ticket',
      encoding: 'raw',
      extraParams: [{ name: 'tenant', value: 'a b' }],
      subprotocols: [],
      credential: 'Bearer secret-token',
    };
    const result = validateProfile(input);
    expect(result.ok && result.profile).toEqual({
      name: VALID.name,
      url: VALID.url,
      transport: 'ticket',
      encoding: 'raw',
      extraParams: [{ name: 'tenant', value: 'a b' }],
      subprotocols: [],
    });
    expect(JSON.stringify(result)).not.toContain('secret-token');
  });

  test.each([
    [{ ...VALID, name: '' }, 'name: required'],
    [{ ...VALID, name: 'x'.repeat(81) }, 'name: at most 80 characters'],
    [{ ...VALID, name: 'a\nb' }, 'name: no control characters'],
    [{ ...VALID, url: 'https://proxy.example.org/jmap/ws' }, 'url: must start with ws:// or wss://'],
    [{ ...VALID, url: 'proxy.example.org' }, 'url: not an absolute URL'],
    [{ ...VALID, url: '' }, 'url: required'],
    [{ ...VALID, url: 'wss://alice:pw@proxy.example.org/' }, 'url: no user name or password in the URL'],
    [{ ...VALID, url: 'wss://proxy.example.org/#x' }, 'url: no fragment (#…): WebSocket URLs cannot carry one'],
    [{ ...VALID, url: `wss://p.example.org/${'a'.repeat(2048)}` }, 'url: at most 2048 characters'],
    [
      { ...VALID, transport: 'cookie' },
      'transport: one of query-access-token, query-authorization, ticket, header, none',
    ],
    [{ ...VALID, encoding: 'double' }, 'encoding: one of form, percent, raw'],
    [{ ...VALID, extraParams: 'tenant=a' }, 'extraParams: a list of {name, value}'],
    [{ ...VALID, extraParams: [{ name: 'tenant' }] }, 'extraParams[0]: needs a text name and value'],
    [{ ...VALID, extraParams: [{ name: '', value: 'x' }] }, 'extraParams[0]: empty name'],
    [
      { ...VALID, extraParams: [{ name: 'x', value: 'a\r\nb' }] },
      'extraParams[0]: no control characters (CR, LF, NUL…)',
    ],
    [{ ...VALID, subprotocols: ['jmap', 'jmap'] }, 'subprotocols: each at most once'],
    [{ ...VALID, subprotocols: ['j map'] }, "subprotocols: a list of tokens (letters, digits, !#$%&'*+.^_`|~-)"],
    [{ ...VALID, subprotocols: 'jmap' }, "subprotocols: a list of tokens (letters, digits, !#$%&'*+.^_`|~-)"],
    [
      { ...VALID, subprotocols: ['jmap', 'access_token', 'abcdefgh12345'] },
      'subprotocols: one of them carries a credential',
    ],
    ['not an object', 'profile: expected an object'],
  ])('%j is refused: %s', (input, error) => {
    expect(errorsOf(input)).toContain(error);
  });

  test('at most 20 extra parameters', () => {
    const extraParams = Array.from({ length: 21 }, (_, index) => ({ name: `p${index}`, value: 'v' }));
    expect(errorsOf({ ...VALID, extraParams })).toEqual(['extraParams: at most 20']);
  });

  test.each(['access_token', 'Authorization', 'ticket', 'token', 'jwt'])(
    'a profile never holds a credential: "%s" is refused in the URL and in the extra parameters',
    (name) => {
      const why = `"${name}" is a credential parameter: a profile never holds a credential (choose the transport instead)`;
      expect(errorsOf({ ...VALID, url: `wss://p.example.org/ws?x=1&${name}=secret` })).toEqual([`url: ${why}`]);
      expect(errorsOf({ ...VALID, extraParams: [{ name, value: 'secret' }] })).toEqual([`extraParams[0]: ${why}`]);
    },
  );

  test('never throws, and a valid profile validates to itself', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateProfile(input);
        if (result.ok) expect(validateProfile(result.profile)).toEqual(result);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
    const profile = fc.record({
      name: fc.string({ minLength: 1, maxLength: 80 }),
      url: fc.webUrl().map((url) => url.replace(/^http/, 'ws').split('#')[0] ?? url),
      transport: fc.constantFrom('query-access-token', 'query-authorization', 'ticket', 'header', 'none'),
    });
    fc.assert(
      fc.property(profile, (input) => {
        const result = validateProfile(input);
        if (result.ok) expect(validateProfile(result.profile)).toEqual(result);
        else expect(result.errors.every((error) => /^(name|url): /.test(error))).toBe(true);
      }),
    );
  });
});
