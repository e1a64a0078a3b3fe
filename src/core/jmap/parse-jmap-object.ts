import type { JmapMessage } from './jmap-message.ts';
import { JsonFields, type JsonObject, jsonKind } from './read-json-fields.ts';

type MessageParser = (fields: JsonFields, object: JsonObject) => JmapMessage;

/** RFC 7807 §4.2: a problem object without `type` means "about:blank". */
const DEFAULT_PROBLEM_TYPE = 'about:blank';

/** Drops members read as absent so a parsed message has the keys its frame had. */
function compact<T extends JmapMessage>(message: T): T {
  const kept: Partial<T> = {};
  for (const key in message) if (message[key] !== undefined) kept[key] = message[key];
  return kept as T;
}

const PARSERS: ReadonlyMap<string, MessageParser> = new Map<string, MessageParser>([
  [
    'Request',
    (fields) =>
      compact({
        type: 'Request',
        id: fields.correlationId('id'),
        using: fields.stringArray('using'),
        methodCalls: fields.invocations('methodCalls'),
      }),
  ],
  [
    'Response',
    (fields) =>
      compact({
        type: 'Response',
        requestId: fields.correlationId('requestId'),
        methodResponses: fields.invocations('methodResponses'),
        sessionState: fields.optionalString('sessionState'),
      }),
  ],
  [
    'RequestError',
    (fields) =>
      compact({
        type: 'RequestError',
        requestId: fields.correlationId('requestId'),
        problemType: fields.optionalString('type') ?? DEFAULT_PROBLEM_TYPE,
        status: fields.optionalNumber('status'),
        detail: fields.optionalString('detail'),
        limit: fields.optionalString('limit'),
      }),
  ],
  [
    'WebSocketPushEnable',
    (fields) =>
      compact({
        type: 'WebSocketPushEnable',
        dataTypes: fields.nullableStringArray('dataTypes'),
        pushState: fields.optionalString('pushState'),
      }),
  ],
  ['WebSocketPushDisable', () => ({ type: 'WebSocketPushDisable' })],
  [
    'StateChange',
    (fields) =>
      compact({
        type: 'StateChange',
        changed: fields.typeStateMap('changed'),
        pushState: fields.optionalString('pushState'),
      }),
  ],
  ['EmailPush', (_fields, object) => ({ type: 'EmailPush', body: object })],
  ['CalendarAlert', (_fields, object) => ({ type: 'CalendarAlert', body: object })],
]);

function unknownMessage(atType: string | null, reason: string): JmapMessage {
  return { type: 'unknown', atType, reason };
}

/** Types a parsed JSON object by its `@type`; a known type with members of the wrong shape becomes `unknown`. */
export function parseJmapObject(object: JsonObject): JmapMessage {
  const fields = new JsonFields(object);
  if (!fields.has('@type')) return unknownMessage(null, 'no "@type" member, so not a JMAP WebSocket message');
  const atType = object['@type'];
  if (typeof atType !== 'string') return unknownMessage(null, `"@type" must be a string, got ${jsonKind(atType)}`);
  const parse = PARSERS.get(atType);
  if (parse === undefined)
    return unknownMessage(atType, 'this "@type" is not a JMAP WebSocket message (RFC 8887 §4.3)');
  const message = parse(fields, object);
  return fields.problem === undefined ? message : unknownMessage(atType, `not a valid ${atType}: ${fields.problem}`);
}
