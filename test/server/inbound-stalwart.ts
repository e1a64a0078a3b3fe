import {
  isRecord,
  type JsonObject,
  NOT_REQUEST,
  parseJson,
  readDataTypes,
  requestProblem,
  runMethodCalls,
} from './jmap-api.ts';
import type { PushConnection } from './push-hub.ts';
import type { ServerContext } from './server-context.ts';

/** Stalwart's RequestError has no requestId; the detail wraps serde's message (FACTS §4). */
function notRequest(serdeMessage: string): string {
  const detail = `Invalid WebSocket JMAP request ${serdeMessage}`;
  return JSON.stringify({ '@type': 'RequestError', type: NOT_REQUEST, status: 400, detail });
}

function endOfInput(text: string): string {
  const lines = text.split('\n');
  return `at line ${lines.length} column ${lines.at(-1)?.length ?? 0}`;
}

function answerRequest(context: ServerContext, connection: PushConnection, message: JsonObject, text: string) {
  const problem = requestProblem(message);
  if (problem) return notRequest(`missing field \`${problem}\` ${endOfInput(text)}`);
  const response: JsonObject = {
    '@type': 'Response',
    methodResponses: runMethodCalls(message),
    sessionState: context.states.sessionState(connection.username),
  };
  if (typeof message.id === 'string') response.requestId = message.id;
  return JSON.stringify(response);
}

function enablePush(connection: PushConnection, message: JsonObject, text: string): string | undefined {
  const dataTypes = readDataTypes(message.dataTypes, true);
  if (dataTypes === 'invalid') return notRequest(`invalid type: expected a sequence ${endOfInput(text)}`);
  connection.dataTypes = dataTypes;
  return undefined;
}

function answer(context: ServerContext, connection: PushConnection, text: string): string | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return notRequest('expected value at line 1 column 1');
  if (!isRecord(parsed.value)) return notRequest(`invalid type: expected a map ${endOfInput(text)}`);
  const message = parsed.value;
  const type = message['@type'];
  if (type === 'Request') return answerRequest(context, connection, message, text);
  if (type === 'WebSocketPushEnable') return enablePush(connection, message, text);
  if (type === 'WebSocketPushDisable' && Object.keys(message).every((key) => key === '@type')) {
    connection.dataTypes = undefined;
    return undefined;
  }
  return notRequest(`Invalid WebSocket JMAP request ${endOfInput(text)}`);
}

/**
 * Stalwart `WebSocketMessage::parse`: push is off until WebSocketPushEnable, whose pushState is ignored; an empty or
 * missing dataTypes means every type; a WebSocketPushDisable carrying any other key is rejected.
 */
export function handleStalwartMessage(context: ServerContext, connection: PushConnection, text: string): void {
  const reply = answer(context, connection, text);
  if (reply !== undefined) connection.socket.send(reply);
}
