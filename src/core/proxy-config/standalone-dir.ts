import { type Parsed, parsed, rejected } from './proxy-spec.ts';

/** At least one segment: never the root folder itself. */
const SAFE_DIR = /^(?:\/[A-Za-z0-9._~+@-]+)+$/;
/** `sun_path` holds 108 bytes with the NUL; the longest socket name the layouts put in the folder is this. */
const LONGEST_SOCKET_NAME = '/nginx-inner.sock';
const MAX_SOCKET_PATH = 107;

/**
 * `--standalone <dir>` after the caller made it absolute. Every log, pid, temp and socket path is written into config
 * text below it, so the same strict rule as for the other inputs applies, and the nginx unix socket must fit.
 */
export function parseStandaloneDir(dir: string): Parsed<string> {
  const trimmed = dir.replace(/\/+$/, '');
  if (!SAFE_DIR.test(trimmed) || trimmed.split('/').some((segment) => segment === '..')) {
    return rejected(
      `--standalone needs a folder (not /) whose absolute path has only letters, digits and . _ ~ + @ - / ` +
        `(it is written into the config); got ${JSON.stringify(dir)}`,
    );
  }
  const longest = MAX_SOCKET_PATH - LONGEST_SOCKET_NAME.length;
  if (trimmed.length > longest) {
    return rejected(`--standalone folder path is too long for a unix socket inside it (at most ${longest} characters)`);
  }
  return parsed(trimmed);
}
