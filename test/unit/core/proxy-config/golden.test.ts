import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caddyfile } from '../../../../src/core/proxy-config/caddyfile.ts';
import { haproxyCfg } from '../../../../src/core/proxy-config/haproxy-cfg.ts';
import { nginxConf } from '../../../../src/core/proxy-config/nginx-conf.ts';
import { NGINX_NJS } from '../../../../src/core/proxy-config/nginx-njs.ts';
import type { ProxySpec } from '../../../../src/core/proxy-config/proxy-spec.ts';

/** The verified configs of PROXIES.md §6, copied verbatim (with its `${RUN_DIR}` / `${CONF_DIR}` placeholders). */
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** PROXIES.md's placeholders, `${RUN_DIR}` and `${CONF_DIR}`, which its text leaves for the reader to substitute. */
const RUN_DIR = placeholder('RUN_DIR');
const CONF_DIR = placeholder('CONF_DIR');

function placeholder(name: string): string {
  return `$${'{'}${name}}`;
}

/** PROXIES.md's example inputs: the Stalwart stand-in on 18090, each proxy on its own port. */
function example(listenPort: number): ProxySpec {
  return {
    listen: { host: '127.0.0.1', port: listenPort },
    upstream: { host: '127.0.0.1', port: 18090 },
    path: '/jmap/ws',
  };
}

describe('generated configs equal the verified ones of PROXIES.md §6', () => {
  test('nginx two-hop (§6.2)', () => {
    const layout = {
      confFile: `${CONF_DIR}/nginx-twohop.conf`,
      njsFile: `${CONF_DIR}/jmap_auth.js`,
      njsDir: CONF_DIR,
      pidFile: `${RUN_DIR}/nginx-twohop.pid`,
      errorLog: `${RUN_DIR}/nginx-twohop-error.log`,
      accessLog: `${RUN_DIR}/nginx-twohop-access.log`,
      tempDir: `${RUN_DIR}/nginx-twohop-tmp`,
      innerSocket: `${RUN_DIR}/nginx-twohop-inner.sock`,
    };
    expect(nginxConf(example(18183), layout)).toBe(fixture('nginx-twohop.conf.txt'));
  });

  test('the njs module jmap_auth.js (§6.1)', () => {
    expect(NGINX_NJS).toBe(fixture('jmap_auth.js.txt'));
  });

  // One deliberate difference: PROXIES.md's site address `http://127.0.0.1:18181` makes Caddy answer only requests
  // whose Host header is 127.0.0.1:18181 (any other Host gets an empty 200, measured on Caddy 2.6.2). --listen is a
  // bind address, so the generated site has no host and `bind` picks the interface, as nginx and HAProxy do.
  test('Caddy (§6.3), with a host-less site address', () => {
    const expected = fixture('Caddyfile.txt').replace('http://127.0.0.1:18181 {', 'http://:18181 {');
    const layout = { caddyfile: `${CONF_DIR}/Caddyfile`, accessLog: `${RUN_DIR}/caddy-fixed-access.log` };
    expect(caddyfile(example(18181), layout)).toBe(expected);
  });

  test('HAProxy (§6.4)', () => {
    const layout = { cfgFile: `${CONF_DIR}/haproxy.cfg`, pidFile: `${RUN_DIR}/haproxy-fixed.pid` };
    expect(haproxyCfg(example(18182), layout)).toBe(fixture('haproxy.cfg.txt'));
  });
});
