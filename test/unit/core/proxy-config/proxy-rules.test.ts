import { describe, expect, test } from 'vitest';
import { generateProxyConfig } from '../../../../src/core/proxy-config/generate-proxy-config.ts';
import { logRedactionSnippet } from '../../../../src/core/proxy-config/log-redaction.ts';
import { standalone } from '../../../../src/core/proxy-config/output-mode.ts';
import { PROXY_KINDS } from '../../../../src/core/proxy-config/proxy-kind.ts';
import type { ProxySpec } from '../../../../src/core/proxy-config/proxy-spec.ts';

// The rules of issue 4 §3, read off the generated text (the real-proxy matrix in test/proxies proves them on the wire).
const SPEC: ProxySpec = {
  listen: { host: '[::1]', port: 9000 },
  upstream: { host: '10.0.0.7', port: 8080 },
  path: '/push/ws',
};

function content(kind: 'nginx' | 'caddy' | 'haproxy'): string {
  const result = generateProxyConfig(kind, SPEC, standalone('/srv/jpi'));
  if (!result.ok) throw new Error(result.error);
  return result.value.files.map((file) => file.content).join('\n');
}

describe('nginx', () => {
  const conf = content('nginx');
  test('uses --path, --listen and --upstream', () => {
    expect(conf).toContain('location = /push/ws {');
    expect(conf).toContain('rewrite ^ /push/ws? break;');
    expect(conf).toContain('listen [::1]:9000;');
    expect(conf).toContain('upstream stalwart { server 10.0.0.7:8080; }');
  });
  test('never logs the raw request line or query, and keeps idle sockets for an hour', () => {
    const formats = conf.slice(conf.indexOf('log_format'), conf.indexOf('access_log'));
    expect(formats).not.toMatch(/\$request |\$request"|\$request_uri|\$args|\$query_string/);
    expect(conf).toContain('proxy_read_timeout 1h;');
    expect(conf).toContain("''      close;");
    expect(conf).not.toMatch(/^\s*(?:daemon|user)\s/m);
  });
  test('the njs module applies the precedence and refuses control characters', () => {
    expect(conf).toContain("var a = queryParam(r, 'authorization');");
    expect(conf).toContain("var t = queryParam(r, 'access_token');");
    expect(conf).toContain("return r.headersIn['Authorization'] || '';");
    expect(conf).toContain('var TOKEN = /^[\\x21-\\x7e]+$/;');
  });
});

describe('Caddy', () => {
  const file = content('caddy');
  test('binds --listen without brackets, matches --path, proxies to --upstream', () => {
    expect(file).toContain('http://:9000 {\n\tbind ::1\n');
    expect(file).toContain('@jmap_ws path /push/ws');
    expect(file).toContain('reverse_proxy 10.0.0.7:8080');
  });
  test('empty values are ignored, the query is dropped, both loggers redact', () => {
    expect(file).toContain('@token expression `{query.access_token} != ""`');
    expect(file).toContain('rewrite * {path}?');
    expect(file.match(/replace authorization REDACTED/g)).toHaveLength(2);
  });
});

describe('HAProxy', () => {
  const cfg = content('haproxy');
  test('uses --listen, --path, --upstream', () => {
    expect(cfg).toContain('bind [::1]:9000');
    expect(cfg).toContain('acl jmap_ws   path /push/ws');
    expect(cfg).toContain('server stalwart 10.0.0.7:8080');
  });
  test('tunnel timeout, path-only log, CR/LF denied, query dropped', () => {
    expect(cfg).toContain('timeout tunnel  1h');
    const directives = cfg.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/%r\b|option\s+httplog/);
    expect(cfg.match(/-m reg '\[\\x00-\\x1f\\x7f\]'/g)).toHaveLength(2);
    expect(cfg).toContain('http-request set-uri %[path] if jmap_ws');
  });
});

describe('log-redaction snippets', () => {
  test.each([
    ['nginx', 'js_set    $jmap_log_uri jmap.redactedUri;'],
    ['caddy', '\t\t\t\treplace access_token REDACTED'],
    ['haproxy', '%HPO'],
    ['traefik', 'RequestPath: drop'],
  ] as const)('%s', (kind, line) => {
    expect(logRedactionSnippet(kind)).toContain(line);
  });
  test('one for every proxy', () => {
    expect(PROXY_KINDS.map((kind) => logRedactionSnippet(kind).length > 0)).toEqual([true, true, true, true]);
  });
});
