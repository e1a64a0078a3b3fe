import type { Invocation, JmapMessage } from '../jmap/jmap-message.ts';
import { parseFrame } from '../jmap/parse-frame.ts';
import type { CapturedFrame } from '../model/frame.ts';

const UTF8 = new TextEncoder();

function callShape([name, , callId]: Invocation): Invocation {
  return [name, {}, callId];
}

/** The JSON a frame keeps: enough for `parseFrame` to give the same type, method names and correlation ids. */
function shapeOf(message: JmapMessage): unknown {
  switch (message.type) {
    case 'Request': {
      const { id, using, methodCalls } = message;
      return { '@type': 'Request', id, using, methodCalls: methodCalls.map(callShape) };
    }
    case 'Response': {
      const { requestId, methodResponses, sessionState } = message;
      return { '@type': 'Response', requestId, methodResponses: methodResponses.map(callShape), sessionState };
    }
    case 'RequestError': {
      const { requestId, problemType, status, limit } = message;
      return { '@type': 'RequestError', requestId, type: problemType, status, limit };
    }
    case 'WebSocketPushEnable':
    case 'StateChange': {
      // Push control carries type names and opaque states only, and is what the push diagnosis reads: kept whole.
      const { type, ...members } = message;
      return { '@type': type, ...members };
    }
    case 'unknown':
      return message.atType === null ? {} : { '@type': message.atType };
    default:
      return { '@type': message.type };
  }
}

/**
 * A frame with its payload left out (export option `payloads: false`): the customer may not share mail content,
 * but the engineer must still see the same list (message types, methods, request/response pairs) and the same push
 * counts, so each text frame keeps its JMAP shape, and `truncatedFrom` says how big it really was. Invalid JSON keeps
 * nothing; a binary frame keeps its size, not its head.
 */
export function frameShape(frame: CapturedFrame): CapturedFrame {
  if (frame.data.kind === 'binary') return { ...frame, data: { ...frame.data, headHex: '' } };
  const message = parseFrame(frame.data);
  const text = message.type === 'invalid-json' ? '' : JSON.stringify(shapeOf(message));
  const truncatedFrom = frame.truncatedFrom ?? UTF8.encode(frame.data.text).length;
  return { ...frame, data: { kind: 'text', text }, truncatedFrom };
}
