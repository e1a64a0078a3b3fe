import { describe, expect, test } from 'vitest';
import { guardCredential } from '../../../../src/core/replay/credential-guard.ts';

const HOSTS = ['wss://proxy.example.org/jmap/ws', 'jmap.example.com', '127.0.0.1:18183'];

describe('guardCredential', () => {
  test('a configured wss host is allowed, whatever the port or path', () => {
    expect(
      guardCredential({
        url: 'wss://proxy.example.org:8443/other?x=1',
        transport: 'query-access-token',
        configuredHosts: HOSTS,
      }),
    ).toEqual({ decision: 'allow' });
    expect(
      guardCredential({ url: 'wss://JMAP.example.com/jmap/ws', transport: 'header', configuredHosts: HOSTS }),
    ).toEqual({ decision: 'allow' });
  });

  test('any other host is refused, also one that only looks similar', () => {
    for (const url of ['wss://evil.net/ws', 'wss://proxy.example.org.evil.net/', 'wss://proxy.example.org@evil.net/']) {
      const verdict = guardCredential({ url, transport: 'query-authorization', configuredHosts: HOSTS });
      expect(verdict.decision).toBe('deny');
      expect(verdict).toMatchObject({ reason: expect.stringContaining('evil.net') });
    }
  });

  test('no credential, no restriction', () => {
    expect(guardCredential({ url: 'ws://anywhere.example/', transport: 'none', configuredHosts: [] })).toEqual({
      decision: 'allow',
    });
  });

  test('plain ws:// with a credential asks first, saying where the credential travels', () => {
    const query = guardCredential({
      url: 'ws://127.0.0.1:18183/jmap/ws',
      transport: 'query-access-token',
      configuredHosts: HOSTS,
    });
    expect(query).toEqual({
      decision: 'confirm',
      question:
        'This endpoint is plain ws:// (no TLS): the credential travels unencrypted in the URL to 127.0.0.1, readable by anyone on the path. Send it anyway?',
    });
    const header = guardCredential({ url: 'ws://127.0.0.1:18183/', transport: 'header', configuredHosts: HOSTS });
    expect(header).toMatchObject({
      decision: 'confirm',
      question: expect.stringContaining('in the Authorization header'),
    });
  });

  test('ticket: both the mint endpoint and the socket host must be configured; plain http or ws asks first', () => {
    const mintUrl = 'https://jmap.example.com/jmap/ws/ticket';
    const url = 'wss://jmap.example.com/jmap/ws';
    expect(guardCredential({ url, transport: 'ticket', mintUrl, configuredHosts: HOSTS })).toEqual({
      decision: 'allow',
    });
    expect(
      guardCredential({ url, transport: 'ticket', mintUrl: 'https://evil.net/t', configuredHosts: HOSTS }),
    ).toMatchObject({ decision: 'deny' });
    expect(guardCredential({ url, transport: 'ticket', configuredHosts: HOSTS })).toMatchObject({
      decision: 'deny',
      reason: expect.stringContaining('generationEndpoint'),
    });
    expect(
      guardCredential({ url, transport: 'ticket', mintUrl: 'http://jmap.example.com/t', configuredHosts: HOSTS }),
    ).toMatchObject({
      decision: 'confirm',
      question: expect.stringContaining('plain http://'),
    });
    expect(
      guardCredential({ url: 'ws://jmap.example.com/ws', transport: 'ticket', mintUrl, configuredHosts: HOSTS }),
    ).toMatchObject({
      decision: 'confirm',
      question: expect.stringContaining('60 s'),
    });
  });

  test('a destination that is not a web URL is refused', () => {
    for (const url of ['file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      expect(guardCredential({ url, transport: 'header', configuredHosts: [...HOSTS, 'not a url'] })).toMatchObject({
        decision: 'deny',
      });
    }
  });
});
