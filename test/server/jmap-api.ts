/** The tiny slice of JMAP the model answers: `Core/echo`; every other method is `unknownMethod`. */

export const NOT_REQUEST = 'urn:ietf:params:jmap:error:notRequest';
export const NOT_JSON = 'urn:ietf:params:jmap:error:notJSON';

export type JsonObject = Record<string, unknown>;
export type MethodCall = [name: string, args: JsonObject, callId: string];

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMethodCall(value: unknown): value is MethodCall {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    isRecord(value[1]) &&
    typeof value[2] === 'string'
  );
}

/** The first Request member that is missing or mistyped, or undefined when the Request is well-formed. */
export function requestProblem(message: JsonObject): 'using' | 'methodCalls' | undefined {
  const using = message.using;
  if (!Array.isArray(using) || !using.every((entry) => typeof entry === 'string')) return 'using';
  const calls = message.methodCalls;
  if (!Array.isArray(calls) || !calls.every(isMethodCall)) return 'methodCalls';
  return undefined;
}

export function runMethodCalls(message: JsonObject): unknown[] {
  const calls = message.methodCalls as MethodCall[];
  return calls.map(([name, args, callId]) =>
    name === 'Core/echo' ? [name, args, callId] : ['error', { type: 'unknownMethod' }, callId],
  );
}

export type ParsedText = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The leading word a JSON parser would report as the unrecognized token. */
export function leadingToken(text: string): string {
  return /^\s*([^\s{}[\]:,"]*)/.exec(text)?.[1] ?? '';
}

/** `dataTypes` as a set; null when the client asked for every type (missing, null, or per flavor an empty list). */
export function readDataTypes(value: unknown, emptyMeansAll: boolean): ReadonlySet<string> | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return 'invalid';
  if (value.length === 0 && emptyMeansAll) return null;
  return new Set(value);
}
