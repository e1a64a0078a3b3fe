import { headerValue } from '../core/model/http-header.ts';
import type { ConnectionState } from '../shared/protocol.ts';
import type { HandshakeObservation } from './handshake-observation.ts';

/** Adds what the network saw to a connection; the page's own view (URL, offered and chosen protocol) is kept. */
export function mergeObservation(state: ConnectionState, observation: HandshakeObservation): ConnectionState {
  const { handshake } = state;
  const chosenProtocol =
    handshake.chosenProtocol ?? headerValue(observation.responseHeaders, 'sec-websocket-protocol') ?? undefined;
  return {
    ...state,
    handshake: {
      ...handshake,
      requestHeaders: observation.requestHeaders ?? handshake.requestHeaders,
      requestHeadersPartial: observation.requestHeaders
        ? observation.requestHeadersPartial
        : handshake.requestHeadersPartial,
      status: observation.status ?? handshake.status,
      statusLine: observation.statusLine ?? handshake.statusLine,
      responseHeaders: observation.responseHeaders ?? handshake.responseHeaders,
      error: observation.error ?? handshake.error,
      ...(chosenProtocol === undefined ? {} : { chosenProtocol }),
    },
  };
}
