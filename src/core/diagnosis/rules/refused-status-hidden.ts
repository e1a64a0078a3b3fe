import type { Cause } from '../cause.ts';
import type { Rule } from './rule.ts';

/** Chromium's generic failure: what it reports when a handshake got an answer it does not show (measured). */
export const CHROMIUM_HIDDEN_REFUSAL = 'net::ERR_FAILED';

const CAUSE: Cause = {
  id: 'refused-status-hidden',
  title: 'The handshake was answered with a refusal Chromium does not show (no status, net::ERR_FAILED)',
  explanation:
    'The handshake went out (its request headers were seen) and Chromium then reported net::ERR_FAILED with no HTTP ' +
    'status: it does so when the answer is neither 101 nor 401, for example 400 from a server whose proxy lost the ' +
    'Upgrade header, 404 for a path no WebSocket route serves, or 500. The server or a proxy did answer: it is not a ' +
    'network failure.',
  checks: [
    'Turn on deep capture in the options page: through the debugger Chrome shows the status and the response headers.',
    'Replay the connection from Firefox, whose webRequest reports the status.',
    'Does every proxy on the way forward Upgrade and Connection for this path, and is the path the server’s WebSocket route?',
  ],
};

/** A Chromium handshake that was sent and then failed without a status: refused, with the status hidden. */
export const refusedStatusHidden: Rule = (facts) => {
  const { status, error, requestHeaders } = facts.connection.handshake;
  return status === undefined && error === CHROMIUM_HIDDEN_REFUSAL && requestHeaders !== undefined ? CAUSE : undefined;
};
