import { describe, expect, test } from 'vitest';
import { COMMANDS, programHelp } from '../../../src/cli/main.ts';
import { runMain } from './cli-harness.ts';

const BASE = ['proxy-config', 'caddy', '--upstream', 'http://127.0.0.1:1', '--listen', '127.0.0.1:2'];

describe('the program', () => {
  test('--help lists every command of the table, exit 0', async () => {
    const result = await runMain(['--help']);
    expect(result).toEqual({ code: 0, stdout: programHelp(), stderr: '' });
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command.name}`);
  });

  test('no command: the help on stderr, exit 2', async () => {
    const result = await runMain([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: jmap-push-inspector <command>');
  });

  test('an unknown command: one line, exit 2', async () => {
    const result = await runMain(['analyse']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'jmap-push-inspector: error: unknown command "analyse" (see jmap-push-inspector --help)\n',
    });
  });
});

describe('proxy-config usage errors: exit 2 and one line naming the problem', () => {
  test.each([
    [['proxy-config'], 'which proxy? one of nginx, caddy, haproxy, traefik'],
    [['proxy-config', 'apache', '--upstream', 'http://a:1', '--listen', 'a:2'], 'unknown proxy "apache"'],
    [[...BASE, 'extra'], 'unexpected argument "extra"'],
    [[...BASE, '--port', '3'], "Unknown option '--port'"],
    [['proxy-config', 'caddy', '--listen', '127.0.0.1:2'], '--upstream <http-url> is required'],
    [['proxy-config', 'caddy', '--upstream', 'https://x:1', '--listen', 'x:2'], '--upstream must be an http:// URL'],
    [['proxy-config', 'caddy', '--upstream', 'http://x:1', '--listen', 'x;y:2'], '--listen must be host:port'],
    [[...BASE, '--path', '/a b'], '--path must be an absolute URL path'],
    [[...BASE, '--upstream'], "Option '--upstream <value>' argument missing"],
    [[...BASE, '--standalone', '/tmp/a b'], '--standalone needs a folder'],
    [
      ['proxy-config', 'traefik', '--upstream', 'http://x:1', '--listen', 'x:2', '--standalone', '/tmp/t'],
      'traefik has no standalone form',
    ],
  ])('%j', async (argv, problem) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^jmap-push-inspector proxy-config: error: /);
    expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain('(see jmap-push-inspector proxy-config --help)');
  });
});

describe('proxy-config prints', () => {
  test('--help, exit 0', async () => {
    const result = await runMain(['proxy-config', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: jmap-push-inspector proxy-config <nginx|caddy|haproxy|traefik>');
  });

  test('each file under a comment header naming its Debian path; notes and redaction on stderr', async () => {
    const result = await runMain([
      'proxy-config',
      'nginx',
      '--upstream',
      'http://127.0.0.1:1',
      '--listen',
      '127.0.0.1:2',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# ==> \/etc\/nginx\/nginx\.conf <==\n# OPTIONAL hardening/);
    expect(result.stdout).toContain('\n\n// ==> /etc/nginx/njs/jmap_auth.js <==\n// njs helpers');
    expect(result.stderr).toContain('Notes:\n  Needs: apt-get install -y nginx libnginx-mod-http-js.');
    expect(result.stderr).toContain('Log redaction, to merge into an existing configuration:\n  # nginx, in http {}');
  });

  test('traefik: its two files and the statement', async () => {
    const result = await runMain([
      'proxy-config',
      'traefik',
      '--upstream',
      'http://127.0.0.1:1',
      '--listen',
      '0.0.0.0:80',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# ==> /etc/traefik/dynamic/jmap-push.yml <==');
    expect(result.stderr).toContain('Traefik has no built-in middleware');
  });

  test('colour only on a terminal, and never with NO_COLOR', async () => {
    const plain = await runMain(BASE);
    const tty = await runMain(BASE, { tty: true });
    const noColor = await runMain(BASE, { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(tty.stdout).toContain('\u001b[1m# ==> /etc/caddy/Caddyfile <==\u001b[0m');
    expect(noColor).toEqual(plain);
    const error = await runMain(['nope'], { tty: true });
    expect(error.stderr.startsWith('\u001b[31mjmap-push-inspector: error:\u001b[0m unknown command')).toBe(true);
  });
});
