import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import { exportProfiles, importProfiles } from '../../../../src/core/replay/profile-export.ts';

const PROFILES: EndpointProfile[] = [
  {
    name: 'nginx',
    url: 'wss://proxy.example.org/jmap/ws',
    transport: 'query-access-token',
    encoding: 'form',
    extraParams: [],
    subprotocols: ['jmap'],
  },
  {
    name: 'origin',
    url: 'wss://jmap.example.com/jmap/ws?x=1',
    transport: 'header',
    encoding: 'raw',
    extraParams: [{ name: 'tenant', value: 'a' }],
    subprotocols: [],
  },
];

describe('profile export and import', () => {
  test('round trip', () => {
    const { text, skipped } = exportProfiles(PROFILES);
    expect(skipped).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({ format: 'jmap-push-inspector/endpoints', version: 1 });
    expect(importProfiles(text)).toEqual({ profiles: PROFILES, errors: [] });
  });

  test('a credential riding on a profile object is never written; a profile holding one is skipped', () => {
    const smuggled = {
      ...PROFILES[0],
      credential: { scheme: 'Bearer', value: 'very-secret-token' },
      token: 'very-secret-token',
    } as EndpointProfile;
    const inUrl = {
      ...PROFILES[0],
      name: 'leaky',
      url: 'wss://p.example.org/ws?access_token=very-secret-token',
    } as EndpointProfile;
    const { text, skipped } = exportProfiles([smuggled, inUrl]);
    expect(text).not.toContain('very-secret-token');
    expect(skipped).toEqual([
      'leaky: url: "access_token" is a credential parameter: a profile never holds a credential (choose the transport instead)',
    ]);
  });

  test('any credential attached to any profile stays out of the export', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._~+/-]{12,40}$/), fc.string(), (secret, key) => {
        const profile = { ...PROFILES[1], [`x${key}`]: secret, extraParams: [{ name: 'tenant', value: 'a' }] };
        expect(exportProfiles([profile as EndpointProfile]).text).not.toContain(secret);
      }),
    );
  });

  test('import refuses what is not an export, and names each bad endpoint', () => {
    expect(importProfiles('nope').errors).toEqual([
      'not an endpoint export (expected JSON with "format": "jmap-push-inspector/endpoints")',
    ]);
    expect(importProfiles('{"format":"jmap-push-inspector/endpoints","version":2,"endpoints":[]}').errors).toEqual([
      'unsupported export version 2 (expected 1)',
    ]);
    const text = JSON.stringify({
      format: 'jmap-push-inspector/endpoints',
      version: 1,
      endpoints: [PROFILES[0], { ...PROFILES[0], transport: 'magic' }, 7],
    });
    expect(importProfiles(text)).toEqual({
      profiles: [PROFILES[0]],
      errors: [
        'endpoint 2: transport: one of query-access-token, query-authorization, ticket, header, none',
        'endpoint 3: profile: expected an object',
      ],
    });
  });
});
