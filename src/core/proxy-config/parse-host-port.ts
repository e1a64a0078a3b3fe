import { type HostPort, type Parsed, parsed, rejected } from './proxy-spec.ts';

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const BRACKETED_IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
const PORT = /^[0-9]{1,5}$/;
const MAX_HOST_LENGTH = 253;

function isDnsName(host: string): boolean {
  return host.length <= MAX_HOST_LENGTH && host.split('.').every((label) => DNS_LABEL.test(label));
}

/** IPv4 dotted quads, DNS names, or `[IPv6]` with two colons at least; digits-only names are IPv4 or nothing. */
export function isValidHost(host: string): boolean {
  if (BRACKETED_IPV6.test(host)) return (host.match(/:/g)?.length ?? 0) >= 2;
  if (/^[0-9.]+$/.test(host)) return IPV4.test(host);
  return isDnsName(host);
}

export function parsePort(text: string): number | undefined {
  if (!PORT.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * `host:port` as `--listen` takes it. The value is pasted into config text, so only a strict character set passes:
 * anything that could end a directive or start a comment (`;`, `{`, `#`, spaces, quotes, CR/LF) is refused.
 */
export function parseHostPort(text: string, what: string): Parsed<HostPort> {
  const colon = text.lastIndexOf(':');
  const example = `${what} must be host:port, e.g. 127.0.0.1:8080 or [::1]:8080`;
  if (colon < 0) return rejected(`${example}; got ${JSON.stringify(text)}`);
  const host = text.slice(0, colon);
  const port = parsePort(text.slice(colon + 1));
  if (!isValidHost(host))
    return rejected(`${example}; ${JSON.stringify(host)} is not an IPv4 address, [IPv6] or DNS name`);
  if (port === undefined) return rejected(`${example}; the port must be a number from 1 to 65535`);
  return parsed({ host, port });
}
