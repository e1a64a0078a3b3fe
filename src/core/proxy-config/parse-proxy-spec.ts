import { parseHostPort } from './parse-host-port.ts';
import { parseUpstream } from './parse-upstream.ts';
import { DEFAULT_WS_PATH, parseWsPath } from './parse-ws-path.ts';
import { type Parsed, type ProxySpec, parsed, rejected } from './proxy-spec.ts';

export interface ProxySpecInput {
  readonly listen?: string | undefined;
  readonly upstream?: string | undefined;
  readonly path?: string | undefined;
}

/** Validates the three user inputs; the first problem found is the one reported. */
export function parseProxySpec(input: ProxySpecInput): Parsed<ProxySpec> {
  if (input.upstream === undefined) return rejected('--upstream <http-url> is required');
  if (input.listen === undefined) return rejected('--listen <host:port> is required');
  const upstream = parseUpstream(input.upstream);
  if (!upstream.ok) return upstream;
  const listen = parseHostPort(input.listen, '--listen');
  if (!listen.ok) return listen;
  const path = parseWsPath(input.path ?? DEFAULT_WS_PATH);
  if (!path.ok) return path;
  return parsed({ listen: listen.value, upstream: upstream.value, path: path.value });
}
