import { caddyfile } from './caddyfile.ts';
import { haproxyCfg } from './haproxy-cfg.ts';
import { logRedactionSnippet } from './log-redaction.ts';
import { nginxConf } from './nginx-conf.ts';
import { NGINX_NJS } from './nginx-njs.ts';
import type { OutputMode } from './output-mode.ts';
import type { ProxyKind } from './proxy-kind.ts';
import { caddyLayout, haproxyLayout, nginxLayout } from './proxy-layout.ts';
import { proxyNotes } from './proxy-notes.ts';
import { type Parsed, type ProxySpec, parsed, rejected } from './proxy-spec.ts';
import { caddyCommands, haproxyCommands, nginxCommands, type ProxyCommands } from './run-command.ts';
import { TRAEFIK_DYNAMIC_FILE, TRAEFIK_STATIC_FILE, traefikDynamic, traefikStatic } from './traefik.ts';

export interface GeneratedFile {
  /** Absolute: Debian's location (deployable) or inside the folder (standalone). */
  readonly path: string;
  readonly content: string;
  /** How a comment line starts in this file. */
  readonly comment: '#' | '//';
}

export interface GeneratedConfig {
  readonly kind: ProxyKind;
  readonly files: readonly GeneratedFile[];
  /** Folders to create before the proxy starts (standalone only; nginx makes only the last level of a temp path). */
  readonly dirs: readonly string[];
  /** Standalone only: check and foreground run commands, paths shell-quoted. */
  readonly commands?: ProxyCommands;
  readonly notes: readonly string[];
  /** The lines that keep credentials out of this proxy's logs, for merging into an existing configuration. */
  readonly redaction: string;
}

interface Parts {
  files: GeneratedFile[];
  dirs: string[];
  commands?: ProxyCommands;
}

function nginxParts(spec: ProxySpec, mode: OutputMode): Parts {
  const layout = nginxLayout(mode);
  const files: GeneratedFile[] = [
    { path: layout.confFile, content: nginxConf(spec, layout), comment: '#' },
    { path: layout.njsFile, content: NGINX_NJS, comment: '//' },
  ];
  if (mode.kind === 'deployable') return { files, dirs: [] };
  return { files, dirs: [layout.tempDir], commands: nginxCommands(layout, mode.dir) };
}

function caddyParts(spec: ProxySpec, mode: OutputMode): Parts {
  const layout = caddyLayout(mode);
  const files: GeneratedFile[] = [{ path: layout.caddyfile, content: caddyfile(spec, layout), comment: '#' }];
  if (mode.kind === 'deployable') return { files, dirs: [] };
  const dirs = [layout.xdgConfigHome, layout.xdgDataHome].filter((dir): dir is string => dir !== undefined);
  return { files, dirs, commands: caddyCommands(layout) };
}

function haproxyParts(spec: ProxySpec, mode: OutputMode): Parts {
  const layout = haproxyLayout(mode);
  const files: GeneratedFile[] = [{ path: layout.cfgFile, content: haproxyCfg(spec, layout), comment: '#' }];
  return mode.kind === 'deployable' ? { files, dirs: [] } : { files, dirs: [], commands: haproxyCommands(layout) };
}

function traefikParts(spec: ProxySpec): Parts {
  const files: GeneratedFile[] = [
    { path: TRAEFIK_STATIC_FILE, content: traefikStatic(spec), comment: '#' },
    { path: TRAEFIK_DYNAMIC_FILE, content: traefikDynamic(spec), comment: '#' },
  ];
  return { files, dirs: [] };
}

const PARTS: Record<Exclude<ProxyKind, 'traefik'>, (spec: ProxySpec, mode: OutputMode) => Parts> = {
  nginx: nginxParts,
  caddy: caddyParts,
  haproxy: haproxyParts,
};

/**
 * The configuration of one proxy in front of a JMAP server (issue 4 §3): decode the query credential exactly once,
 * refuse CR/LF/NUL, precedence `authorization` > `access_token` > the client's header, ignore empty values, drop the
 * query upstream, no credential in access or error logs, tunnel timeouts for idle sockets, Sec-WebSocket-Protocol
 * passed, Upgrade/Connection only for upgrades. Traefik cannot do it alone and has no standalone form.
 */
export function generateProxyConfig(kind: ProxyKind, spec: ProxySpec, mode: OutputMode): Parsed<GeneratedConfig> {
  if (kind === 'traefik' && mode.kind === 'standalone') {
    return rejected(
      'traefik has no standalone form: it has no built-in query-to-header middleware and is not packaged in ' +
        'Debian 12; run "proxy-config traefik" without --standalone for the sidecar setup, or use nginx, caddy or haproxy',
    );
  }
  const parts = kind === 'traefik' ? traefikParts(spec) : PARTS[kind](spec, mode);
  return parsed({
    kind,
    ...parts,
    notes: proxyNotes(kind, spec, mode, parts.commands?.check),
    redaction: logRedactionSnippet(kind),
  });
}
