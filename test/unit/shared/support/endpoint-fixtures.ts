import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';

/** A placeholder JWT (SCENARIOS F1), never a real secret. */
export const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';

export const NGINX: EndpointProfile = {
  name: 'nginx staging',
  url: 'wss://proxy.example.org/jmap/ws',
  transport: 'query-access-token',
  encoding: 'form',
  extraParams: [{ name: 'tenant', value: 'a=b c' }],
  subprotocols: ['jmap'],
};

export const CADDY: EndpointProfile = {
  ...NGINX,
  name: 'caddy',
  url: 'ws://127.0.0.1:8080/jmap/ws',
  transport: 'header',
};
