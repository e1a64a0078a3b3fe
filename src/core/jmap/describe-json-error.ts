const FIREFOX_PREFIX = /^JSON\.parse:\s*/;
/** V8 quotes the payload around the error: `Unexpected token 'x', ...",38,x]" is not valid JSON`. */
const V8_PAYLOAD_EXCERPT = /,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;
const V8_UNEXPECTED_TOKEN = /^Unexpected token .*$/s;
const QUOTED_TEXT = /".*"/gs;
const MAX_LENGTH = 100;

/**
 * Why `JSON.parse` rejected a frame, in the engine's words minus any piece of the payload: a frame can carry a
 * credential, and reasons end up in the panel and in exports.
 */
export function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'empty text frame, not JSON';
  if (!(error instanceof SyntaxError)) return 'not valid JSON (the parser gave up)';
  const cleaned = error.message
    .replace(FIREFOX_PREFIX, '')
    .replace(V8_PAYLOAD_EXCERPT, '')
    .replace(V8_UNEXPECTED_TOKEN, 'Unexpected token')
    .replace(QUOTED_TEXT, '…')
    .slice(0, MAX_LENGTH)
    .trim();
  return `not valid JSON: ${cleaned === '' ? 'syntax error' : cleaned}`;
}
