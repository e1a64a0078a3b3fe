import { expect } from 'vitest';
import type { RecordedRequest } from '../../server/server-types.ts';
import { rawRequest, UPGRADE_HEADERS } from '../../unit/server/support/raw-http.ts';
import { expectedStatus, type StatusCase } from './matrix-cases.ts';
import type { ProxyRig } from './start-proxy.ts';
import { authorizationsSeen, headerValues } from './upstream-view.ts';

function requestHeaders(entry: StatusCase): string[] {
  const upgrade = entry.upgrade === false ? [] : UPGRADE_HEADERS;
  const protocol = entry.upgrade === false || entry.subprotocol === false ? [] : ['Sec-WebSocket-Protocol: jmap'];
  return [...upgrade, ...protocol, ...(entry.headers ?? [])];
}

/** Sends one case of PROXIES.md §2 through the proxy and checks the client's answer and what reached the upstream. */
export async function checkCase(rig: ProxyRig, entry: StatusCase, path: string): Promise<void> {
  const { upstream, url, kind } = rig;
  upstream.control.clearRequests();
  const response = await rawRequest(`${url}${path}${entry.query}`, { headers: requestHeaders(entry) });
  const seen = upstream.control.requests();
  expect(response.status).toBe(expectedStatus(entry, kind));
  for (const request of seen) {
    expect(request.url, 'no query, so no credential, upstream').toBe(path);
    expect(headerValues(request, 'authorization').length).toBeLessThanOrEqual(1);
  }
  if (entry.authorization) expect(authorizationsSeen(seen)).toEqual([entry.authorization]);
  if (entry.injection) {
    for (const request of seen) expect(headerValues(request, 'x-injected')).toEqual([]);
    expect(authorizationsSeen(seen).flat().join('')).not.toMatch(/[\r\n\0]/);
    return;
  }
  // Every other case reaches the upstream exactly once: the proxy passes the subprotocol offer as sent, and
  // forwards Upgrade/Connection only for an upgrade.
  expect(seen).toHaveLength(1);
  const [forwarded] = seen as [RecordedRequest];
  const offered = entry.upgrade !== false && entry.subprotocol !== false;
  expect(headerValues(forwarded, 'sec-websocket-protocol')).toEqual(offered ? ['jmap'] : []);
  // NO_PROTO: the Stalwart-like server answers `jmap` unasked (real Stalwart answers 400), so only offers are judged.
  if (response.status === 101 && offered) expect(response.values('sec-websocket-protocol')).toEqual(['jmap']);
  if (entry.upgrade === false) {
    expect(headerValues(forwarded, 'upgrade')).toEqual([]);
    expect(headerValues(forwarded, 'connection').join(',')).not.toMatch(/upgrade/i);
  }
}
