import {
  isRecord,
  type JsonObject,
  leadingToken,
  NOT_JSON,
  NOT_REQUEST,
  parseJson,
  readDataTypes,
  requestProblem,
  runMethodCalls,
} from './jmap-api.ts';
import type { PushConnection } from './push-hub.ts';
import type { ServerContext } from './server-context.ts';
import { currentStateFrame } from './state-change.ts';

function withEnvelope(result: JsonObject, type: 'Response' | 'RequestError', request: unknown): string {
  const envelope: JsonObject = { ...result, '@type': type };
  if (isRecord(request) && request.id !== undefined) envelope.requestId = request.id;
  return JSON.stringify(envelope);
}

function requestError(type: string, detail: string, request: unknown): string {
  return withEnvelope({ type, status: 400, detail }, 'RequestError', request);
}

/** jansson without JSON_DECODE_ANY: the top level must be an object or an array. */
function parseBody(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const parsed = parseJson(text);
  if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null) return parsed;
  return { ok: false, error: `'[' or '{' expected near '${leadingToken(text)}'` };
}

function enablePush(context: ServerContext, connection: PushConnection, message: JsonObject): string | undefined {
  const dataTypes = readDataTypes(message.dataTypes, false);
  if (!(dataTypes instanceof Set) || dataTypes.size === 0) {
    connection.dataTypes = undefined;
    return undefined;
  }
  connection.dataTypes = dataTypes;
  if (typeof message.pushState !== 'string') return undefined;
  return currentStateFrame(context, connection.username, [...dataTypes]);
}

function answer(context: ServerContext, connection: PushConnection, text: string): string | undefined {
  const parsed = parseBody(text);
  if (!parsed.ok) return requestError(NOT_JSON, `Unable to parse JSON request body: ${parsed.error}`, undefined);
  const message = isRecord(parsed.value) ? parsed.value : {};
  const type = message['@type'];
  if (type === 'Request') {
    const problem = requestProblem(message);
    if (problem) return requestError(NOT_REQUEST, `Missing or invalid '${problem}' argument`, message);
    const sessionState = context.states.sessionState(connection.username);
    return withEnvelope({ methodResponses: runMethodCalls(message), sessionState }, 'Response', message);
  }
  if (type === 'WebSocketPushEnable') return enablePush(context, connection, message);
  if (type === 'WebSocketPushDisable') {
    connection.dataTypes = undefined;
    return undefined;
  }
  const name = typeof type === 'string' ? type : 'null';
  return requestError(NOT_REQUEST, `Unknown request @type: ${name}`, message);
}

/**
 * Cyrus `jmap_ws`: `@type` and `requestId` are appended after the result; PushEnable without dataTypes turns push
 * off; a string pushState makes it send the current state at once (imap/http_jmap.c `ws_push_enable`).
 */
export function handleCyrusMessage(context: ServerContext, connection: PushConnection, text: string): void {
  const reply = answer(context, connection, text);
  if (reply !== undefined) connection.socket.send(reply);
}
