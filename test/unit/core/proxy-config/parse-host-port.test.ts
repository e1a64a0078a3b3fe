import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isValidHost, parseHostPort, parsePort } from '../../../../src/core/proxy-config/parse-host-port.ts';
import { CONFIG_META, host, port } from './config-inputs.ts';

describe('parseHostPort', () => {
  test('accepts every IPv4, DNS name and bracketed IPv6 with a port 1-65535', () => {
    fc.assert(
      fc.property(host, port, (h, p) => {
        expect(parseHostPort(`${h}:${p}`, '--listen')).toEqual({ ok: true, value: { host: h, port: p } });
      }),
    );
  });

  test('whatever string it accepts holds no character that could break out of a config directive', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const result = parseHostPort(text, '--listen');
        if (result.ok) expect(text).not.toMatch(CONFIG_META);
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['127.0.0.1', 'must be host:port'],
    ['127.0.0.1:0', 'from 1 to 65535'],
    ['127.0.0.1:65536', 'from 1 to 65535'],
    ['127.0.0.1:80a', 'from 1 to 65535'],
    ['256.1.1.1:80', 'is not an IPv4 address'],
    ['1.2.3:80', 'is not an IPv4 address'],
    ['exa mple:80', 'is not an IPv4 address'],
    ['host;evil:80', 'is not an IPv4 address'],
    ['a{b}:80', 'is not an IPv4 address'],
    ['[::1:80', 'is not an IPv4 address'],
    ['[1]:80', 'is not an IPv4 address'],
    ['-lead.example:80', 'is not an IPv4 address'],
    [':80', 'is not an IPv4 address'],
    ['host\r\nX: y:80', 'is not an IPv4 address'],
  ])('rejects %j with a message naming the problem', (text, problem) => {
    const result = parseHostPort(text, '--listen');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(problem);
    if (!result.ok) expect(result.error).toMatch(/^--listen /);
  });

  test('hosts and ports on their own', () => {
    expect(isValidHost('a'.repeat(64))).toBe(false);
    expect(isValidHost(`${'a.'.repeat(127)}a`)).toBe(false);
    expect(isValidHost('stalwart')).toBe(true);
    expect(parsePort('08080')).toBe(8080);
    expect(parsePort('123456')).toBeUndefined();
  });
});
