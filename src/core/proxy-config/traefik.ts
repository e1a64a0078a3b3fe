import type { ProxySpec } from './proxy-spec.ts';
import { formatHostPort } from './proxy-spec.ts';

export const TRAEFIK_STATIC_FILE = '/etc/traefik/traefik.yml';
export const TRAEFIK_DYNAMIC_FILE = '/etc/traefik/dynamic/jmap-push.yml';

export const TRAEFIK_STATEMENT = [
  'Traefik has no built-in middleware that turns a query parameter (?access_token= or ?authorization=) into an',
  'Authorization header. Plugins are downloaded from the plugin catalog when Traefik starts; none is known to decode',
  'the value exactly once, refuse CR/LF/NUL and drop the query, and the "queryToHeader" plugin of some recipes could',
  'not be found. Instead, let Traefik route the JMAP WebSocket path to a verified sidecar (nginx, Caddy or HAProxy from',
  'this generator) on loopback, which does the conversion. Traefik itself is not packaged in Debian 12: this part is',
  'UNTESTED; the sidecar configs are tested.',
];

/** The sidecar listens next to Traefik's entry point: the port after it (before it for 65535). */
export function sidecarPort(spec: ProxySpec): number {
  return spec.listen.port === 65535 ? 65534 : spec.listen.port + 1;
}

/** Traefik's static configuration: the entry point, the file provider, and an access log without the request path. */
export function traefikStatic(spec: ProxySpec): string {
  return `# Traefik static configuration (UNTESTED). ${TRAEFIK_STATEMENT[0]}
entryPoints:
  jmap:
    address: "${formatHostPort(spec.listen)}"
    transport:
      respondingTimeouts:
        readTimeout: 0s   # Traefik v3 cuts connections after 60 s by default, idle WebSockets included
providers:
  file:
    filename: ${TRAEFIK_DYNAMIC_FILE}
accessLog:
  fields:
    names:
      RequestPath: drop   # the request path field carries the query, and with it the credential
`;
}

/** Traefik's dynamic configuration: the WebSocket path to the sidecar, everything else straight to the JMAP server. */
export function traefikDynamic(spec: ProxySpec): string {
  return `# Traefik dynamic configuration (UNTESTED): ${spec.path} goes to the credential-converting sidecar.
http:
  routers:
    jmap-websocket:
      entryPoints: [jmap]
      rule: "Path(\`${spec.path}\`)"
      priority: 100
      service: jmap-credential-sidecar
    jmap-other:
      entryPoints: [jmap]
      rule: "PathPrefix(\`/\`)"
      priority: 1
      service: jmap-server
  services:
    jmap-credential-sidecar:
      loadBalancer:
        servers:
          - url: "http://127.0.0.1:${sidecarPort(spec)}"
    jmap-server:
      loadBalancer:
        servers:
          - url: "http://${formatHostPort(spec.upstream)}"
`;
}
