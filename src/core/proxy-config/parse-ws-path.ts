import { type Parsed, parsed, rejected } from './proxy-spec.ts';

export const DEFAULT_WS_PATH = '/jmap/ws';

const SAFE_PATH = /^\/[A-Za-z0-9._~/-]*$/;
const MAX_PATH_LENGTH = 200;

/**
 * `--path`: the JMAP WebSocket path. It goes into config text (an nginx `location`, a Caddy matcher, an HAProxy ACL),
 * so only unreserved URL characters and `/` are allowed, with no empty, `.` or `..` segment.
 */
export function parseWsPath(text: string): Parsed<string> {
  const problem = `--path must be an absolute URL path of letters, digits and . _ ~ - / (e.g. ${DEFAULT_WS_PATH})`;
  if (!SAFE_PATH.test(text) || text.length > MAX_PATH_LENGTH)
    return rejected(`${problem}; got ${JSON.stringify(text)}`);
  const segments = text.slice(1).split('/');
  const inner = text.endsWith('/') ? segments.slice(0, -1) : segments;
  if (text !== '/' && inner.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return rejected(`${problem}; ${JSON.stringify(text)} has an empty, "." or ".." segment`);
  }
  return parsed(text);
}
