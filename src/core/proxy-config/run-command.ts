import { shellCommand } from '../shell/shell-quote.ts';
import type { CaddyLayout, HaproxyLayout, NginxLayout } from './proxy-layout.ts';

/** Debian's binaries by absolute path: /usr/sbin is not on a non-root user's PATH. */
export const PROXY_BINARIES = {
  nginx: '/usr/sbin/nginx',
  caddy: '/usr/bin/caddy',
  haproxy: '/usr/sbin/haproxy',
} as const;

/** The apt packages that provide them (the njs module is its own package). */
export const PROXY_PACKAGES = {
  nginx: 'nginx libnginx-mod-http-js',
  caddy: 'caddy',
  haproxy: 'haproxy',
} as const;

export interface ProxyCommands {
  /** Checks the configuration and exits. */
  readonly check: string;
  /** Runs the proxy in the foreground until SIGTERM / Ctrl-C. */
  readonly run: string;
}

/** `-p` keeps relative paths in the folder, `-e` moves the startup error log out of /var/log (nginx >= 1.19.5). */
export function nginxCommands(layout: NginxLayout, prefix: string): ProxyCommands {
  const base = [PROXY_BINARIES.nginx, '-p', `${prefix}/`, '-c', layout.confFile, '-e', layout.errorLog];
  return { check: shellCommand([...base, '-t']), run: shellCommand([...base, '-g', 'daemon off;']) };
}

/**
 * Caddy keeps its autosave and storage in the XDG folders, which the environment points into the folder; `env` sets
 * them in any shell (fish too) and lets `exec` replace the shell with Caddy.
 */
export function caddyCommands(layout: CaddyLayout): ProxyCommands {
  const env = [
    layout.xdgConfigHome === undefined ? [] : [`XDG_CONFIG_HOME=${layout.xdgConfigHome}`],
    layout.xdgDataHome === undefined ? [] : [`XDG_DATA_HOME=${layout.xdgDataHome}`],
  ].flat();
  const prefix = env.length > 0 ? ['env', ...env] : [];
  const command = (verb: string) =>
    shellCommand([...prefix, PROXY_BINARIES.caddy, verb, '--config', layout.caddyfile, '--adapter', 'caddyfile']);
  return { check: command('validate'), run: command('run') };
}

/** `-db`: foreground, no daemon, logs on stdout. */
export function haproxyCommands(layout: HaproxyLayout): ProxyCommands {
  return {
    check: shellCommand([PROXY_BINARIES.haproxy, '-c', '-f', layout.cfgFile]),
    run: shellCommand([PROXY_BINARIES.haproxy, '-db', '-f', layout.cfgFile]),
  };
}
