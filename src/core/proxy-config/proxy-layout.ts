import type { OutputMode } from './output-mode.ts';

export interface NginxLayout {
  readonly confFile: string;
  readonly njsFile: string;
  /** The folder of `jmap_auth.js`, without a trailing slash (`js_path` adds it). */
  readonly njsDir: string;
  readonly pidFile: string;
  readonly errorLog: string;
  readonly accessLog: string;
  /** Parent of the five `*_temp_path` folders. */
  readonly tempDir: string;
  /** The internal second hop (its request line carries no credential, so neither do its error_log lines). */
  readonly innerSocket: string;
}

export interface CaddyLayout {
  readonly caddyfile: string;
  readonly accessLog: string;
  /** Where Caddy autosaves its config and keeps its storage; only set in standalone mode. */
  readonly xdgConfigHome?: string;
  readonly xdgDataHome?: string;
}

export interface HaproxyLayout {
  readonly cfgFile: string;
  readonly pidFile: string;
}

export function nginxLayout(mode: OutputMode): NginxLayout {
  if (mode.kind === 'deployable') {
    return {
      confFile: '/etc/nginx/nginx.conf',
      njsFile: '/etc/nginx/njs/jmap_auth.js',
      njsDir: '/etc/nginx/njs',
      pidFile: '/run/nginx.pid',
      errorLog: '/var/log/nginx/error.log',
      accessLog: '/var/log/nginx/jmap-access.log',
      tempDir: '/var/lib/nginx',
      innerSocket: '/run/nginx-jmap-inner.sock',
    };
  }
  const dir = mode.dir;
  return {
    confFile: `${dir}/nginx.conf`,
    njsFile: `${dir}/jmap_auth.js`,
    njsDir: dir,
    pidFile: `${dir}/nginx.pid`,
    errorLog: `${dir}/nginx-error.log`,
    accessLog: `${dir}/nginx-access.log`,
    tempDir: `${dir}/nginx-tmp`,
    innerSocket: `${dir}/nginx-inner.sock`,
  };
}

export function caddyLayout(mode: OutputMode): CaddyLayout {
  if (mode.kind === 'deployable') {
    return { caddyfile: '/etc/caddy/Caddyfile', accessLog: '/var/log/caddy/jmap-access.log' };
  }
  return {
    caddyfile: `${mode.dir}/Caddyfile`,
    accessLog: `${mode.dir}/caddy-access.log`,
    xdgConfigHome: `${mode.dir}/xdg-config`,
    xdgDataHome: `${mode.dir}/xdg-data`,
  };
}

export function haproxyLayout(mode: OutputMode): HaproxyLayout {
  if (mode.kind === 'deployable') return { cfgFile: '/etc/haproxy/haproxy.cfg', pidFile: '/run/haproxy.pid' };
  return { cfgFile: `${mode.dir}/haproxy.cfg`, pidFile: `${mode.dir}/haproxy.pid` };
}
