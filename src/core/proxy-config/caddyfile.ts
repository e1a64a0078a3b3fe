import { caddyRedactingFormat } from './log-redaction.ts';
import type { CaddyLayout } from './proxy-layout.ts';
import { formatHostPort, type HostPort, type ProxySpec } from './proxy-spec.ts';

const HEADER = `# CORRECTED Caddy config (Caddy 2.6.x, Debian 12).
# Fixes vs. the seed: the ?authorization= form is supported, the query string
# (credentials) is removed before proxying, both params are redacted in the
# access log, empty params are ignored, one explicit \`route\` so the order of
# operations is exactly as written.`;

/** Caddy's `bind` takes a bare address: `[::1]` is written `::1`. */
function bindAddress(listen: HostPort): string {
  return listen.host.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Caddy (PROXIES.md §6.3). `{query.*}` is form-decoded once by Go, Go refuses a header value with CR/LF/NUL (502),
 * `rewrite * {path}?` drops the query, and both the site's access log and the default logger (which writes the error
 * log) replace the credential parameters. The site address has no host (`http://:port`), so the config answers any
 * Host header, like the nginx and HAProxy ones; `bind` restricts the interface.
 */
export function caddyfile(spec: ProxySpec, layout: CaddyLayout): string {
  return `${HEADER}
{
	admin off
	auto_https off
	# Caddy's error log (logger http.log.error.*, written by the default logger,
	# not by the site's \`log\`) also carries request>uri: redact it there too.
	log default {
		output stderr
${caddyRedactingFormat(2).join('\n')}
	}
}

http://:${spec.listen.port} {
	bind ${bindAddress(spec.listen)}
	log {
		output file ${layout.accessLog}
${caddyRedactingFormat(2).join('\n')}
	}

	@jmap_ws path ${spec.path}
	route @jmap_ws {
		# {query.*} is URL-decoded once by Go ('+' -> ' ', %XX -> byte).
		# Precedence: ?authorization= > ?access_token= > client's own header.
		@token expression \`{query.access_token} != ""\`
		request_header @token Authorization "Bearer {query.access_token}"
		@basic expression \`{query.authorization} != ""\`
		request_header @basic Authorization "{query.authorization}"
		# drop the whole query string so the credential never reaches upstream logs
		rewrite * {path}?
		reverse_proxy ${formatHostPort(spec.upstream)}
	}
}
`;
}
