import type { ConnectionState } from './protocol.ts';

/** Id prefix of a connection known from its handshake alone: no page hook reported its socket. */
export const NETWORK_ONLY_PREFIX = 'net:';

export const isNetworkOnly = (state: Pick<ConnectionState, 'id'>): boolean => state.id.startsWith(NETWORK_ONLY_PREFIX);
