import {
  isRecord,
  type JsonObject,
  leadingToken,
  NOT_REQUEST,
  parseJson,
  readDataTypes,
  requestProblem,
  runMethodCalls,
} from './jmap-api.ts';
import type { PushConnection } from './push-hub.ts';
import type { ServerContext } from './server-context.ts';
import { currentStateFrame } from './state-change.ts';

const PREFIX =
  'The request was successfully parsed as JSON but did not match the type signature of the Request object: ';

const JAMES_TYPES = ['Mailbox', 'Email', 'Thread', 'Identity', 'EmailSubmission', 'EmailDelivery', 'VacationResponse'];
const TMAIL_TYPES = [...JAMES_TYPES, 'Label'];

/** play-json's `JsError.toString()`, which James puts after its notRequest prefix. */
function jsError(message: string, path = ''): string {
  return `List((${path},List(JsonValidationError(List(${message}),List()))))`;
}

function notRequest(cause: string): string {
  return JSON.stringify({
    '@type': 'RequestError',
    requestId: null,
    type: NOT_REQUEST,
    status: 400,
    detail: PREFIX + cause,
  });
}

function jacksonError(text: string): string {
  const token = leadingToken(text);
  const expecting = "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
  return `Unrecognized token '${token}': ${expecting}\n at [Source: (String)"${text}"; line: 1, column: ${token.length + 1}]`;
}

function typeError(type: unknown): string {
  if (type === undefined) return jsError('Missing @type field on a webSocket inbound message');
  if (typeof type === 'string') return jsError(`Unknown @type field on a webSocket inbound message: ${type}`);
  return jsError(
    `Invalid @type field on a webSocket inbound message: expecting a JsString, got ${JSON.stringify(type)}`,
  );
}

function answerRequest(context: ServerContext, connection: PushConnection, message: JsonObject): string {
  const problem = requestProblem(message);
  if (problem) return notRequest(jsError('error.path.missing', `/${problem}`));
  return JSON.stringify({
    '@type': 'Response',
    requestId: typeof message.id === 'string' ? message.id : null,
    sessionState: context.states.sessionState(connection.username),
    methodResponses: runMethodCalls(message),
  });
}

function enablePush(context: ServerContext, connection: PushConnection, message: JsonObject): string | undefined {
  const dataTypes = readDataTypes(message.dataTypes, false);
  const known = context.flavor === 'tmail-backend' ? TMAIL_TYPES : JAMES_TYPES;
  const unknown = dataTypes instanceof Set ? [...dataTypes].find((type) => !known.includes(type)) : undefined;
  if (dataTypes === 'invalid' || unknown !== undefined) {
    return notRequest(jsError(`Unknown typeName ${unknown ?? ''}`.trim(), '/dataTypes'));
  }
  if (message.pushState !== undefined && message.pushState !== null && typeof message.pushState !== 'string') {
    return notRequest(jsError('error.expected.jsstring', '/pushState'));
  }
  connection.dataTypes = dataTypes;
  const wantsState = typeof message.pushState === 'string';
  return wantsState ? currentStateFrame(context, connection.username, ['Mailbox', 'Email']) : undefined;
}

function answer(context: ServerContext, connection: PushConnection, text: string): string | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return notRequest(jsError(jacksonError(text)));
  if (!isRecord(parsed.value))
    return notRequest(jsError('Expecting a JsObject to represent a webSocket inbound message'));
  const message = parsed.value;
  switch (message['@type']) {
    case 'Request':
      return answerRequest(context, connection, message);
    case 'WebSocketPushEnable':
      return enablePush(context, connection, message);
    case 'WebSocketPushDisable':
      connection.dataTypes = undefined;
      connection.sinkOpen = false;
      return undefined;
    default:
      return notRequest(typeError(message['@type']));
  }
}

/** James `WebSocketRoutes.handleClientMessages` + `PushSerializer` (FACTS §3, WebSocketContract). */
export function handleJamesMessage(context: ServerContext, connection: PushConnection, text: string): void {
  const reply = answer(context, connection, text);
  if (reply !== undefined) connection.socket.send(reply);
}
