import type { OutputMode } from './output-mode.ts';
import type { ProxyKind } from './proxy-kind.ts';
import type { ProxySpec } from './proxy-spec.ts';
import { formatHostPort } from './proxy-spec.ts';
import { PROXY_PACKAGES } from './run-command.ts';
import { sidecarPort, TRAEFIK_STATEMENT } from './traefik.ts';

const DEPLOYABLE_NOTES: Record<Exclude<ProxyKind, 'traefik'>, string[]> = {
  nginx: [
    `Needs: apt-get install -y ${PROXY_PACKAGES.nginx}.`,
    'nginx.conf is a complete main configuration: it replaces the stock /etc/nginx/nginx.conf (which also loads',
    'sites-enabled). On a shared nginx, merge its http{} parts by hand and keep the two-hop layout.',
    'Then: nginx -t && systemctl reload nginx.',
  ],
  caddy: [
    `Needs: apt-get install -y ${PROXY_PACKAGES.caddy}; mkdir -p /var/log/caddy && chown caddy:caddy /var/log/caddy.`,
    'The admin API is off, so apply changes with "systemctl restart caddy" (reload uses the admin API).',
  ],
  haproxy: [
    `Needs: apt-get install -y ${PROXY_PACKAGES.haproxy}. Logs go to stdout, i.e. the journal: journalctl -u haproxy.`,
    'Then: haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy.',
  ],
};

const STANDALONE_LOGS: Record<Exclude<ProxyKind, 'traefik'>, string> = {
  nginx: 'Logs: nginx-access.log and nginx-error.log in the folder.',
  caddy: 'Logs: caddy-access.log in the folder; the error log goes to stderr (credentials redacted).',
  haproxy: 'Logs: stdout (HAProxy writes no log file without syslog); the path alone, never the query.',
};

export function traefikNotes(spec: ProxySpec): string[] {
  return [
    ...TRAEFIK_STATEMENT,
    `Sidecar: jmap-push-inspector proxy-config caddy --upstream http://${formatHostPort(spec.upstream)} ` +
      `--listen 127.0.0.1:${sidecarPort(spec)} --path ${spec.path}`,
  ];
}

/** What to do with the files, for a human; the CLI writes these to stderr. */
export function proxyNotes(kind: ProxyKind, spec: ProxySpec, mode: OutputMode, check?: string): string[] {
  if (kind === 'traefik') return traefikNotes(spec);
  if (mode.kind === 'deployable') return DEPLOYABLE_NOTES[kind];
  return [`Needs: apt-get install -y ${PROXY_PACKAGES[kind]}.`, STANDALONE_LOGS[kind], `Check: ${check ?? ''}`];
}
