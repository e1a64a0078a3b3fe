import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runMain } from './cli-harness.ts';

let base = '';

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'jpi-cli-'));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function args(kind: string, dir: string): string[] {
  return [
    'proxy-config',
    kind,
    '--upstream',
    'http://127.0.0.1:18090',
    '--listen',
    '127.0.0.1:18183',
    '--standalone',
    dir,
  ];
}

describe('--standalone <dir>', () => {
  test('nginx: writes both files, makes the folder 0755 and the temp folder, ends with the run command', async () => {
    const dir = join(base, 'nginx');
    const result = await runMain(args('nginx', dir));
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `wrote ${dir}/nginx.conf`,
      `wrote ${dir}/jmap_auth.js`,
      `/usr/sbin/nginx -p ${dir}/ -c ${dir}/nginx.conf -e ${dir}/nginx-error.log -g 'daemon off;'`,
      '',
    ]);
    expect((await stat(dir)).mode & 0o777).toBe(0o755);
    expect((await readdir(dir)).sort()).toEqual(['jmap_auth.js', 'nginx-tmp', 'nginx.conf']);
    expect(await readFile(join(dir, 'nginx.conf'), 'utf8')).toContain(`pid ${dir}/nginx.pid;`);
    expect(result.stderr).toContain(`Check: /usr/sbin/nginx -p ${dir}/`);
    expect(result.stderr).not.toContain('Log redaction');
  });

  test('a relative folder is resolved against the working directory, and an existing 0700 one opened up', async () => {
    await mkdir(join(base, 'rel'), { mode: 0o700 });
    const result = await runMain(args('caddy', 'rel'), { cwd: base });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      `env XDG_CONFIG_HOME=${base}/rel/xdg-config XDG_DATA_HOME=${base}/rel/xdg-data /usr/bin/caddy run --config ${base}/rel/Caddyfile --adapter caddyfile`,
    );
    expect((await readdir(join(base, 'rel'))).sort()).toEqual(['Caddyfile', 'xdg-config', 'xdg-data']);
    expect((await stat(join(base, 'rel'))).mode & 0o777).toBe(0o755);
  });

  test('a folder that cannot be created: exit 1 with the reason', async () => {
    const file = join(base, 'file');
    await writeFile(file, '');
    const result = await runMain(args('haproxy', join(file, 'sub')));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^jmap-push-inspector proxy-config: error: .*(ENOTDIR|EEXIST)/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

test('the bin shim runs the CLI in a child Node (the same file npx runs)', async () => {
  const bin = new URL('../../../src/cli/jmap-push-inspector.js', import.meta.url).pathname;
  expect((await stat(bin)).mode & 0o111).toBe(0o111);
  const dir = join(base, 'haproxy');
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args('haproxy', dir)], (error, out) =>
      resolve({ code: error ? Number(error.code) : 0, stdout: out }),
    );
  });
  expect(code).toBe(0);
  expect(stdout.trimEnd().split('\n').at(-1)).toBe(`/usr/sbin/haproxy -db -f ${dir}/haproxy.cfg`);
  const usage = await new Promise<number>((resolve) => {
    execFile(process.execPath, [bin, 'proxy-config', 'nginx'], (error) => resolve(error ? Number(error.code) : 0));
  });
  expect(usage).toBe(2);
}, 30_000);
