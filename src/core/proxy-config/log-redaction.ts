import type { ProxyKind } from './proxy-kind.ts';

/** The query parameters that carry a credential (RFC 8887 clients and TMail: FACTS §8–§9). */
export const CREDENTIAL_PARAMS = ['access_token', 'authorization'] as const;

/** nginx: log the request line through njs `redactedUri`, never `$request`, `$request_uri` or `$args`. */
export function nginxLogFormat(indent: string): string[] {
  const continuation = `${indent}${' '.repeat('log_format jmap_redacted '.length)}`;
  return [
    `${indent}log_format jmap_redacted '$remote_addr - [$time_local] '`,
    `${continuation}'"$request_method $jmap_log_uri $server_protocol" '`,
    `${continuation}'$status $body_bytes_sent "$http_user_agent" rt=$request_time';`,
  ];
}

/** Caddy: a JSON log encoder that replaces both credential parameters of `request>uri`, at `depth` tabs. */
export function caddyRedactingFormat(depth: number): string[] {
  const tabs = (extra: number) => '\t'.repeat(depth + extra);
  return [
    `${tabs(0)}format filter {`,
    `${tabs(1)}wrap json`,
    `${tabs(1)}fields {`,
    `${tabs(2)}request>uri query {`,
    ...CREDENTIAL_PARAMS.map((param) => `${tabs(3)}replace ${param} REDACTED`),
    `${tabs(2)}}`,
    `${tabs(1)}}`,
    `${tabs(0)}}`,
  ];
}

/** HAProxy: `option httplog` with `%HPO` (the path alone) instead of `%r` (request line with the query). */
export const HAPROXY_LOG_FORMAT =
  'log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq \\"%HM %HPO %HV\\""';

const SNIPPETS: Record<ProxyKind, () => string[]> = {
  nginx: () => [
    '# nginx, in http {}: needs load_module ngx_http_js_module.so and jmap_auth.js from the generated config',
    'js_import jmap from jmap_auth.js;',
    'js_set    $jmap_log_uri jmap.redactedUri;',
    ...nginxLogFormat(''),
    'access_log /var/log/nginx/jmap-access.log jmap_redacted;',
    '# Remove every other access_log that uses $request, $request_uri or $args (the stock "combined" does).',
    '# error_log lines carry the raw request line and cannot be redacted: use the generated two-hop layout.',
  ],
  caddy: () => [
    '# Caddy: in the site block, and in the global options as "log default { output stderr ... }" for the error log',
    'log {',
    '\toutput file /var/log/caddy/jmap-access.log',
    ...caddyRedactingFormat(1),
    '}',
  ],
  haproxy: () => ['# HAProxy, in defaults or the frontend, instead of "option httplog":', HAPROXY_LOG_FORMAT],
  traefik: () => [
    '# Traefik static configuration (untested, see the generated notes): keep the query out of the access log',
    'accessLog:',
    '  fields:',
    '    names:',
    '      RequestPath: drop',
  ],
};

/** The lines that keep credentials out of one proxy's logs, for merging into an existing configuration. */
export function logRedactionSnippet(kind: ProxyKind): string {
  return `${SNIPPETS[kind]().join('\n')}\n`;
}
