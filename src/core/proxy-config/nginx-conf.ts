import { nginxLogFormat } from './log-redaction.ts';
import type { NginxLayout } from './proxy-layout.ts';
import { formatHostPort, type ProxySpec } from './proxy-spec.ts';

export const NJS_MODULE = '/usr/lib/nginx/modules/ngx_http_js_module.so';

const HEADER = `# OPTIONAL hardening of the corrected nginx config: identical credential
# handling, plus a second (internal, unix-socket) hop so that nginx error_log
# lines about the real upstream (connect refused, timeouts) carry the clean
# request line "GET /jmap/ws HTTP/1.1" instead of the one with ?access_token=.
# nginx cannot redact the "request: ..." part of error_log lines otherwise.`;

function tempPaths(tempDir: string): string {
  const names = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  const width = Math.max(...names.map((name) => `${name}_temp_path`.length)) + 1;
  return names
    .map((name) => `    ${`${name}_temp_path`.padEnd(width)}${tempDir}/${name === 'client_body' ? 'body' : name};`)
    .join('\n');
}

function upgradeHeaders(indent: string): string {
  return [
    'proxy_http_version 1.1;',
    'proxy_set_header Upgrade $http_upgrade;',
    'proxy_set_header Connection $connection_upgrade;',
    'proxy_set_header Host $http_host;',
  ]
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/**
 * nginx + njs, two hops (PROXIES.md §6.2): hop 1 turns the query credential into `Authorization` (njs decodes it once
 * and rejects control characters), drops the query and hands over to hop 2 on a unix socket, whose request line, and
 * so every error_log line about the upstream, holds no credential. No `daemon` or `user` line: the run command sets them.
 */
export function nginxConf(spec: ProxySpec, layout: NginxLayout): string {
  const { path } = spec;
  return `${HEADER}
load_module ${NJS_MODULE};

worker_processes 1;
pid ${layout.pidFile};
error_log ${layout.errorLog} error;
events { worker_connections 256; }
http {
${tempPaths(layout.tempDir)}

    js_path   ${layout.njsDir}/;
    js_import jmap from jmap_auth.js;
    js_set    $jmap_authorization jmap.authorization;
    js_set    $jmap_log_uri       jmap.redactedUri;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }
${nginxLogFormat('    ').join('\n')}
    access_log ${layout.accessLog} jmap_redacted;

    upstream stalwart { server ${formatHostPort(spec.upstream)}; }

    # hop 1: public listener, turns the query credential into a header, drops the query
    server {
        listen ${formatHostPort(spec.listen)};
        server_name _;
        location = ${path} {
            rewrite ^ ${path}? break;
            proxy_pass http://unix:${layout.innerSocket};
${upgradeHeaders('            ')}
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Authorization $jmap_authorization;
            proxy_read_timeout 3660s;   # longer than hop 2, so hop 2 is the one that times out
            proxy_send_timeout 3660s;
        }
    }
    # hop 2: internal only; its request line no longer contains the credential
    server {
        listen unix:${layout.innerSocket};
        location = ${path} {
            proxy_pass http://stalwart;
${upgradeHeaders('            ')}
            proxy_set_header X-Real-IP $http_x_real_ip;
            proxy_set_header X-Forwarded-For $http_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $http_x_forwarded_proto;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
        }
    }
}
`;
}
