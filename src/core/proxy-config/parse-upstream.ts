import { parseHostPort } from './parse-host-port.ts';
import { type HostPort, type Parsed, rejected } from './proxy-spec.ts';

const HTTP_ORIGIN = /^http:\/\/([^/?#@]*)\/?$/;

/** `--upstream`: a plain `http://host:port` origin (the JMAP server behind the proxy), with an explicit port. */
export function parseUpstream(text: string): Parsed<HostPort> {
  const match = HTTP_ORIGIN.exec(text);
  if (!match) {
    return rejected(
      `--upstream must be an http:// URL with a host and a port and nothing else (no path, query, user or https), ` +
        `e.g. http://127.0.0.1:8080; got ${JSON.stringify(text)}`,
    );
  }
  return parseHostPort(match[1] ?? '', '--upstream');
}
