import type { IncomingMessage } from 'node:http';
import { authenticate } from './flavor-auth.ts';
import { STALWART_UPGRADE_FAILED } from './problem.ts';
import type { ServerContext } from './server-context.ts';
import {
  acceptAs,
  exactUpgradeHeadersValid,
  type HandshakeDecision,
  replyWith,
  websocketHeadersValid,
} from './upgrade-headers.ts';

/** Stalwart `GET /jmap/ws`: `authenticate_headers` runs before `upgrade_websocket_connection` (FACTS §4). */
export function stalwartHandshake(
  context: ServerContext,
  request: IncomingMessage,
  isUpgrade: boolean,
): HandshakeDecision {
  const auth = authenticate(context, request);
  if (!auth.ok) return replyWith(auth.reply);
  const valid = context.options.stalwartCaseSensitiveUpgrade
    ? exactUpgradeHeadersValid(request)
    : websocketHeadersValid(request);
  return valid && isUpgrade ? acceptAs(auth.username) : replyWith(STALWART_UPGRADE_FAILED);
}
