import { HAPROXY_LOG_FORMAT } from './log-redaction.ts';
import type { HaproxyLayout } from './proxy-layout.ts';
import { formatHostPort, type ProxySpec } from './proxy-spec.ts';

const HEADER = `# CORRECTED HAProxy config (HAProxy 2.6, Debian 12).
# Fixes vs. the seed: values are URL-decoded (url_dec(1)), ?authorization= is
# supported, CR/LF/NUL rejected, the query string is removed before proxying,
# the log line carries no query string, a tunnel timeout for idle WebSockets,
# and the translation applies to every request on /jmap/ws (not only those that
# carry "Upgrade: websocket").`;

function denyControlCharacters(param: string, acl: string): string {
  return `\thttp-request deny deny_status 400 if jmap_ws ${acl} { urlp(${param}),url_dec(1) -m reg '[\\x00-\\x1f\\x7f]' }`;
}

/**
 * HAProxy (PROXIES.md §6.4): `url_dec(1)` decodes once with form semantics, control characters are denied with 400,
 * `set-uri %[path]` drops the query, the log format has the path only, and `timeout tunnel` keeps idle WebSockets.
 * Logs go to stdout (`-db` in the foreground, the journal under systemd): HAProxy writes no log file without syslog.
 */
export function haproxyCfg(spec: ProxySpec, layout: HaproxyLayout): string {
  return `${HEADER}
global
	log stdout format raw local0
	pidfile ${layout.pidFile}

defaults
	log	global
	mode	http
	option	dontlognull
	timeout connect 5s
	timeout client  50s
	timeout server  50s
	timeout tunnel  1h          # idle WebSocket; supersedes client/server once upgraded
	timeout client-fin 30s
	# like "option httplog" but with %HPO (path only) instead of %r (request line + query)
	${HAPROXY_LOG_FORMAT}

frontend fe_jmap
	bind ${formatHostPort(spec.listen)}
	acl jmap_ws   path ${spec.path}
	acl has_token urlp(access_token) -m len gt 0
	acl has_authz urlp(authorization) -m len gt 0
	# the decoded value becomes a header: refuse control characters (header injection)
${denyControlCharacters('access_token', 'has_token')}
${denyControlCharacters('authorization', 'has_authz')}
	# precedence: ?authorization= > ?access_token= > client's own Authorization header
	http-request set-header Authorization "Bearer %[urlp(access_token),url_dec(1)]" if jmap_ws has_token !has_authz
	http-request set-header Authorization "%[urlp(authorization),url_dec(1)]" if jmap_ws has_authz
	# drop the query string (credentials) before it reaches the upstream
	http-request set-uri %[path] if jmap_ws
	default_backend stalwart

backend stalwart
	server stalwart ${formatHostPort(spec.upstream)}
`;
}
