import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NJS_MODULE } from '../../../src/core/proxy-config/nginx-conf.ts';
import { PROXY_BINARIES, PROXY_PACKAGES } from '../../../src/core/proxy-config/run-command.ts';
import { requireBinary } from '../../e2e/support/browser-binaries.ts';
import type { JmapServer } from '../../server/server-types.ts';
import { startJmapServer } from '../../server/start-jmap-server.ts';
import { freePort, waitForPort } from './free-port.ts';
import { type CliRun, lastLine, runCli } from './run-cli.ts';

export type RealProxy = 'nginx' | 'caddy' | 'haproxy';

export const REAL_PROXIES: readonly RealProxy[] = ['nginx', 'caddy', 'haproxy'];

/** One real proxy, run from its generated `--standalone` folder, in front of its own Stalwart-like server. */
export interface ProxyRig {
  readonly kind: RealProxy;
  readonly dir: string;
  readonly upstream: JmapServer;
  /** `http://127.0.0.1:<port>` of the proxy. */
  readonly url: string;
  readonly cli: CliRun;
  /** Everything the proxy process wrote to stdout and stderr so far. */
  output(): string;
  /** Stops the proxy (SIGTERM, waits for the exit) and its upstream; safe to call twice. */
  stop(): Promise<void>;
  /** Stops only the upstream JMAP server (UP_DOWN); safe to call twice. */
  stopUpstream(): Promise<void>;
  /** Removes the folder. */
  remove(): Promise<void>;
}

/** A missing proxy fails the run with the apt-get line that installs it, never skips it. */
export function requireProxy(kind: RealProxy): void {
  requireBinary(PROXY_BINARIES[kind], PROXY_PACKAGES[kind]);
  if (kind === 'nginx') requireBinary(NJS_MODULE, 'libnginx-mod-http-js');
}

function exitPromise(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Generates the config with the bin, then runs the bin's last output line, as printed, through `sh`. */
export async function startProxy(kind: RealProxy): Promise<ProxyRig> {
  requireProxy(kind);
  // Stalwart pings every 60 s, which would keep an idle socket alive through a proxy that cuts idle ones.
  const upstream = await startJmapServer({ flavor: 'stalwart', pingIntervalMs: 0 });
  const dir = await mkdtemp(join(tmpdir(), `jpi-${kind}-`));
  const port = await freePort();
  const args = ['proxy-config', kind, '--upstream', upstream.url, '--listen', `127.0.0.1:${port}`];
  const cli = await runCli([...args, '--standalone', dir]);
  if (cli.code !== 0) throw new Error(`proxy-config ${kind} exited ${cli.code}: ${cli.stderr}`);
  const child = spawn('sh', ['-c', `exec ${lastLine(cli.stdout)}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = () =>
    child.exitCode === null ? undefined : `${kind} exited with ${child.exitCode} before listening:\n${output}`;
  let upstreamClosed: Promise<void> | undefined;
  const stopUpstream = () => {
    upstreamClosed ??= upstream.close();
    return upstreamClosed;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await exitPromise(child);
    await stopUpstream();
  };
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await waitForPort(port, exited);
  } catch (error) {
    await stop();
    await remove();
    throw error;
  }
  return {
    kind,
    dir,
    upstream,
    url: `http://127.0.0.1:${port}`,
    cli,
    output: () => output,
    stop,
    stopUpstream,
    remove,
  };
}
