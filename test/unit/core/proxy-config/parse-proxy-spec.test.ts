import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseProxySpec } from '../../../../src/core/proxy-config/parse-proxy-spec.ts';
import { parseUpstream } from '../../../../src/core/proxy-config/parse-upstream.ts';
import { parseWsPath } from '../../../../src/core/proxy-config/parse-ws-path.ts';
import { parseStandaloneDir } from '../../../../src/core/proxy-config/standalone-dir.ts';
import { CONFIG_META, host, port } from './config-inputs.ts';

describe('parseUpstream', () => {
  test('an http origin with an explicit port', () => {
    fc.assert(
      fc.property(host, port, fc.boolean(), (h, p, slash) => {
        expect(parseUpstream(`http://${h}:${p}${slash ? '/' : ''}`)).toEqual({ ok: true, value: { host: h, port: p } });
      }),
    );
  });

  test.each([
    'https://127.0.0.1:8080',
    'ws://127.0.0.1:8080',
    '127.0.0.1:8080',
    'http://127.0.0.1:8080/jmap',
    'http://127.0.0.1:8080?x=1',
    'http://127.0.0.1:8080#f',
    'http://user:pw@127.0.0.1:8080',
    'HTTP://127.0.0.1:8080',
  ])('refuses %j: a URL with anything but host and port', (text) => {
    const result = parseUpstream(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('--upstream must be an http:// URL');
  });

  test('a missing port is named', () => {
    const result = parseUpstream('http://127.0.0.1');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('--upstream must be host:port') });
  });
});

describe('parseWsPath', () => {
  test.each(['/jmap/ws', '/', '/ws/', '/a.b_c~d-e/f'])('accepts %j', (path) => {
    expect(parseWsPath(path)).toEqual({ ok: true, value: path });
  });

  test.each([
    'jmap/ws',
    '/jmap ws',
    '/jmap;ws',
    '/jmap/{ws}',
    '/jmap/ws?x',
    '/jmap//ws',
    '/jmap/../ws',
    '/./ws',
    '/$x',
  ])('refuses %j', (path) => {
    const result = parseWsPath(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^--path must be an absolute URL path/);
  });

  test('refuses a path longer than 200 characters', () => {
    expect(parseWsPath(`/${'a'.repeat(200)}`).ok).toBe(false);
  });

  test('whatever it accepts is config-safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        if (parseWsPath(text).ok) expect(text).not.toMatch(CONFIG_META);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseStandaloneDir', () => {
  test('a mkdtemp-like folder, trailing slashes dropped', () => {
    expect(parseStandaloneDir('/tmp/jpi-nginx-AbC123/')).toEqual({ ok: true, value: '/tmp/jpi-nginx-AbC123' });
  });

  test.each(['/tmp/my dir', '/tmp/a;b', '/tmp/{x}', '/tmp/../etc', "/tmp/it's", '/tmp/$HOME', 'relative/dir', '/'])(
    'refuses %j',
    (dir) => {
      expect(parseStandaloneDir(dir)).toEqual({ ok: false, error: expect.stringContaining('--standalone') });
    },
  );

  test('refuses a folder too long for the nginx unix socket', () => {
    expect(parseStandaloneDir(`/tmp/${'d'.repeat(100)}`)).toEqual({
      ok: false,
      error: expect.stringContaining('too long for a unix socket'),
    });
  });

  test('whatever it accepts is config-safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        if (parseStandaloneDir(`/${text}`).ok) expect(text).not.toMatch(CONFIG_META);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseProxySpec', () => {
  test('all three inputs, the path defaulting to /jmap/ws', () => {
    expect(parseProxySpec({ upstream: 'http://127.0.0.1:8080', listen: '0.0.0.0:80' })).toEqual({
      ok: true,
      value: { upstream: { host: '127.0.0.1', port: 8080 }, listen: { host: '0.0.0.0', port: 80 }, path: '/jmap/ws' },
    });
  });

  test.each([
    [{ listen: '127.0.0.1:1' }, '--upstream <http-url> is required'],
    [{ upstream: 'http://127.0.0.1:1' }, '--listen <host:port> is required'],
    [{ upstream: 'http://x:1', listen: 'x' }, '--listen must be host:port'],
    [{ upstream: 'x', listen: 'x:1' }, '--upstream must be'],
    [{ upstream: 'http://x:1', listen: 'x:1', path: 'x' }, '--path must be'],
  ])('reports the first problem of %j', (input, problem) => {
    expect(parseProxySpec(input)).toEqual({ ok: false, error: expect.stringContaining(problem) });
  });
});
