import type { JmapMessage } from '../jmap/jmap-message.ts';
import { parseFrame } from '../jmap/parse-frame.ts';

export type ClientMessage = Extract<JmapMessage, { type: 'Request' | 'WebSocketPushEnable' | 'WebSocketPushDisable' }>;

export type ClientFrameCheck =
  | { readonly ok: true; readonly message: ClientMessage }
  | { readonly ok: false; readonly error: string };

const CLIENT_TYPES = 'Request, WebSocketPushEnable or WebSocketPushDisable';

/**
 * Checks an edited frame before it is sent on a replay: it must parse as a JMAP message a client sends (RFC 8887
 * §4.3). The error says what is wrong, in the words of `parseFrame`. Never throws.
 */
export function validateClientFrame(text: string): ClientFrameCheck {
  const message = parseFrame({ kind: 'text', text });
  switch (message.type) {
    case 'Request':
    case 'WebSocketPushEnable':
    case 'WebSocketPushDisable':
      return { ok: true, message };
    case 'invalid-json':
      return { ok: false, error: `Not valid JSON: ${message.reason}.` };
    case 'unknown':
    case 'binary':
      return { ok: false, error: `Not a JMAP client message: ${message.reason}. A client sends ${CLIENT_TYPES}.` };
    default:
      return { ok: false, error: `${message.type} is what a server sends; a client sends ${CLIENT_TYPES}.` };
  }
}
