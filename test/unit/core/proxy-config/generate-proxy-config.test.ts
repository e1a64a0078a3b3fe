import { describe, expect, test } from 'vitest';
import { type GeneratedConfig, generateProxyConfig } from '../../../../src/core/proxy-config/generate-proxy-config.ts';
import { DEPLOYABLE, standalone } from '../../../../src/core/proxy-config/output-mode.ts';
import { PROXY_KINDS, type ProxyKind } from '../../../../src/core/proxy-config/proxy-kind.ts';
import type { ProxySpec } from '../../../../src/core/proxy-config/proxy-spec.ts';

const SPEC: ProxySpec = {
  listen: { host: '127.0.0.1', port: 8443 },
  upstream: { host: 'stalwart.internal', port: 8080 },
  path: '/jmap/ws',
};
const DIR = '/tmp/jpi-test-Ab12';

function generate(kind: ProxyKind, mode = DEPLOYABLE): GeneratedConfig {
  const result = generateProxyConfig(kind, SPEC, mode);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function text(config: GeneratedConfig): string {
  return config.files.map((file) => file.content).join('\n');
}

/** Absolute paths written in a config (after a space, `=` or `unix:`), the njs module path aside. */
function pathsIn(content: string): string[] {
  return [...content.matchAll(/(?<=[\s=:])\/(?:etc|run|var|tmp|usr)\/[^\s;"]*/g)]
    .map((match) => match[0])
    .filter((path) => !path.startsWith('/usr/lib/nginx/modules/'));
}

describe('standalone: everything inside the folder', () => {
  for (const kind of ['nginx', 'caddy', 'haproxy'] as const) {
    test(`${kind}: files, folders and every path of the config live in the folder`, () => {
      const config = generate(kind, standalone(DIR));
      const paths = [...config.files.map((file) => file.path), ...config.dirs, ...pathsIn(text(config))];
      expect(paths.length).toBeGreaterThan(1);
      for (const path of paths) expect(path.startsWith(`${DIR}/`), path).toBe(true);
      expect(config.commands?.run).toContain(config.files[0]?.path);
      expect(config.notes.join('\n')).toContain(config.commands?.check);
    });
  }

  test('nginx runs in the foreground from the folder, startup errors in the folder too', () => {
    expect(generate('nginx', standalone(DIR)).commands).toEqual({
      check: `/usr/sbin/nginx -p ${DIR}/ -c ${DIR}/nginx.conf -e ${DIR}/nginx-error.log -t`,
      run: `/usr/sbin/nginx -p ${DIR}/ -c ${DIR}/nginx.conf -e ${DIR}/nginx-error.log -g 'daemon off;'`,
    });
  });

  test('Caddy keeps its XDG folders in the folder', () => {
    const config = generate('caddy', standalone(DIR));
    expect(config.dirs).toEqual([`${DIR}/xdg-config`, `${DIR}/xdg-data`]);
    expect(config.commands?.run).toBe(
      `env XDG_CONFIG_HOME=${DIR}/xdg-config XDG_DATA_HOME=${DIR}/xdg-data /usr/bin/caddy run --config ${DIR}/Caddyfile --adapter caddyfile`,
    );
  });

  test('HAProxy in the foreground, logging to stdout', () => {
    expect(generate('haproxy', standalone(DIR)).commands?.run).toBe(`/usr/sbin/haproxy -db -f ${DIR}/haproxy.cfg`);
  });

  test('traefik has no standalone form and says why', () => {
    expect(generateProxyConfig('traefik', SPEC, standalone(DIR))).toEqual({
      ok: false,
      error: expect.stringContaining('no built-in query-to-header middleware'),
    });
  });
});

describe('deployable: Debian paths, no run command', () => {
  test.each([
    ['nginx', ['/etc/nginx/nginx.conf', '/etc/nginx/njs/jmap_auth.js']],
    ['caddy', ['/etc/caddy/Caddyfile']],
    ['haproxy', ['/etc/haproxy/haproxy.cfg']],
    ['traefik', ['/etc/traefik/traefik.yml', '/etc/traefik/dynamic/jmap-push.yml']],
  ] as const)('%s', (kind, files) => {
    const config = generate(kind);
    expect(config.files.map((file) => file.path)).toEqual(files);
    expect(config.commands).toBeUndefined();
    expect(config.dirs).toEqual([]);
    for (const path of pathsIn(text(config))) expect(path).toMatch(/^\/(?:etc|run|var)\//);
  });

  test('every kind comes with notes and a log-redaction snippet', () => {
    for (const kind of PROXY_KINDS) {
      const config = generate(kind);
      expect(config.notes.length).toBeGreaterThan(0);
      expect(config.redaction).toMatch(/\n$/);
    }
  });

  test('njs lives next to its js_path', () => {
    const nginx = generate('nginx');
    expect(nginx.files[1]?.comment).toBe('//');
    expect(text(nginx)).toContain('js_path   /etc/nginx/njs/;');
  });
});

describe('traefik: the statement and a sidecar instead of a fake middleware', () => {
  const config = generate('traefik');
  test('the notes say there is no built-in middleware, that it is untested, and how to make the sidecar', () => {
    const notes = config.notes.join(' ');
    expect(notes).toContain('Traefik has no built-in middleware');
    expect(notes).toContain('UNTESTED');
    expect(notes).toContain(
      'jmap-push-inspector proxy-config caddy --upstream http://stalwart.internal:8080 --listen 127.0.0.1:8444 --path /jmap/ws',
    );
  });

  test('the path goes to the sidecar, the rest to the server, the query stays out of the access log', () => {
    const all = text(config);
    expect(all).toContain('rule: "Path(`/jmap/ws`)"');
    expect(all).toContain('- url: "http://127.0.0.1:8444"');
    expect(all).toContain('- url: "http://stalwart.internal:8080"');
    expect(all).toContain('RequestPath: drop');
    expect(all).toContain('address: "127.0.0.1:8443"');
  });

  test('the sidecar takes the port below 65535', () => {
    const top = generateProxyConfig('traefik', { ...SPEC, listen: { host: '0.0.0.0', port: 65535 } }, DEPLOYABLE);
    expect(top.ok && top.value.files[1]?.content).toContain('http://127.0.0.1:65534');
  });
});
