import { headerValue } from '../../model/http-header.ts';
import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { quote } from '../explain.ts';
import type { Rule } from './rule.ts';

const JMAP = 'jmap';
const REQUIREMENT = 'RFC 8887 §4.2 requires "jmap" in Sec-WebSocket-Protocol on the request and on the 101 reply.';

/** The subprotocol the server chose: '' when it named none, undefined when the reply was not captured. */
function chosenProtocol(facts: ConnectionFacts): string | undefined {
  const { chosenProtocol: chosen, responseHeaders } = facts.connection.handshake;
  if (chosen !== undefined) return chosen;
  return responseHeaders === undefined ? undefined : (headerValue(responseHeaders, 'sec-websocket-protocol') ?? '');
}

function notOffered(facts: ConnectionFacts): Cause {
  const others = facts.connection.handshake.protocols.length;
  return {
    id: 'subprotocol-missing',
    title: 'The client did not offer the "jmap" subprotocol',
    explanation: [
      `The client offered ${others === 0 ? 'no subprotocol' : `${others} subprotocol(s), none of them "jmap"`}.`,
      REQUIREMENT,
      'James and Stalwart answer "jmap" anyway, and a browser must fail a handshake whose reply names a subprotocol it did not offer.',
    ].join(' '),
    checks: [
      'Does the client pass protocols: ["jmap"] when it opens the WebSocket?',
      'If a token travels as a subprotocol, is "jmap" offered next to it?',
    ],
  };
}

function notChosen(facts: ConnectionFacts, chosen: string): Cause {
  return {
    id: 'subprotocol-missing',
    title: 'The server did not answer with the "jmap" subprotocol',
    explanation: [
      `The client offered "jmap", but the 101 reply named ${chosen === '' ? 'no subprotocol' : quote(facts, chosen)}.`,
      REQUIREMENT,
      'James and Stalwart always answer "jmap", so this points at an intermediary that rewrites the header or at an endpoint that is not the JMAP WebSocket route.',
    ].join(' '),
    checks: [
      'Does every proxy on the way pass Sec-WebSocket-Protocol in both directions?',
      "Is this URL the websocket capability's url from the JMAP session?",
    ],
  };
}

/** No server saw the handshake (or a HAR without request headers cannot say what was offered): the offer is moot. */
const answered = (facts: ConnectionFacts) => facts.status !== undefined || facts.openedAt !== undefined;

export const subprotocolMissing: Rule = (facts) => {
  if (!facts.offersJmap) return answered(facts) ? notOffered(facts) : undefined;
  if (facts.status !== 101 && facts.openedAt === undefined) return undefined;
  const chosen = chosenProtocol(facts);
  return chosen === undefined || chosen === JMAP ? undefined : notChosen(facts, chosen);
};
