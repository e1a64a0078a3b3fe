/** A host (DNS name, IPv4, or IPv6 written in brackets) and a port, as a proxy config writes them. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** What every generated config needs: where it listens, the JMAP server behind it, the WebSocket path. */
export interface ProxySpec {
  readonly listen: HostPort;
  readonly upstream: HostPort;
  readonly path: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function formatHostPort(address: HostPort): string {
  return `${address.host}:${address.port}`;
}

export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function rejected<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
