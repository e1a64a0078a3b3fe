import type { JmapMessage } from '../jmap/jmap-message.ts';
import type { ParsedFrame } from '../jmap/parse-frames.ts';
import { HEX64, matchingCues, type ServerCue, STALWART_STATE, UUID } from './server-cue.ts';

type Of<T extends JmapMessage['type']> = Extract<JmapMessage, { type: T }>;

/** What the server sent, sorted once for all the cues. */
interface Received {
  readonly messages: readonly JmapMessage[];
  readonly answers: readonly Of<'Response' | 'RequestError'>[];
  readonly stateChanges: readonly Of<'StateChange'>[];
  /** Every state pushed, across accounts and types. */
  readonly states: readonly string[];
  readonly errorDetails: readonly string[];
}

function ofType<T extends JmapMessage['type']>(messages: readonly JmapMessage[], type: T): Of<T>[] {
  return messages.filter((message): message is Of<T> => message.type === type);
}

function receivedOf(messages: readonly JmapMessage[]): Received {
  const stateChanges = ofType(messages, 'StateChange');
  return {
    messages,
    answers: messages.filter((message) => message.type === 'Response' || message.type === 'RequestError'),
    stateChanges,
    states: stateChanges.flatMap((change) => Object.values(change.changed).flatMap((types) => Object.values(types))),
    errorDetails: ofType(messages, 'RequestError').map((error) => error.detail ?? ''),
  };
}

function nonEmptyEvery(values: readonly string[], pattern: RegExp): boolean {
  return values.length > 0 && values.every((value) => pattern.test(value));
}

const FRAME_CUES = [
  {
    id: 'james-null-request-id',
    kind: 'james',
    weight: 2,
    evidence: 'a Response or RequestError carries "requestId": null, as James answers id-less requests',
    test: ({ answers }) => answers.some((message) => message.requestId === null),
  },
  {
    id: 'james-push-state',
    kind: 'james',
    weight: 3,
    evidence: 'StateChange pushState is 64 hex characters (James: SHA-256 of the Mailbox and Email states)',
    test: ({ stateChanges }) => stateChanges.some((change) => HEX64.test(change.pushState ?? '')),
  },
  {
    id: 'james-account-id',
    kind: 'james',
    weight: 2,
    evidence: 'account ids are 64-hex SHA-256 values, as James derives them from the user name',
    test: ({ stateChanges }) =>
      nonEmptyEvery(
        stateChanges.flatMap((change) => Object.keys(change.changed)),
        HEX64,
      ),
  },
  {
    id: 'james-uuid-state',
    kind: 'james',
    weight: 2,
    evidence: 'pushed states are UUIDs, as James states are',
    test: ({ states }) => nonEmptyEvery(states, UUID),
  },
  {
    id: 'james-inbound-error',
    kind: 'james',
    weight: 2,
    evidence: 'a RequestError detail mentions a "webSocket inbound message", James wording',
    test: ({ errorDetails }) => errorDetails.some((detail) => detail.includes('webSocket inbound message')),
  },
  {
    id: 'stalwart-push-object',
    kind: 'stalwart',
    weight: 3,
    evidence: 'the server pushes EmailPush or CalendarAlert objects, which only Stalwart sends',
    test: ({ messages }) =>
      messages.some((message) => message.type === 'EmailPush' || message.type === 'CalendarAlert'),
  },
  {
    id: 'stalwart-short-state',
    kind: 'stalwart',
    weight: 2,
    evidence: 'pushed states are short base32 tokens starting with s, n or r, as Stalwart states are',
    test: ({ states }) => nonEmptyEvery(states, STALWART_STATE),
  },
  {
    id: 'stalwart-no-push-state',
    kind: 'stalwart',
    weight: 1,
    evidence: 'StateChanges carry no pushState (Stalwart never sends one; James does for Mailbox and Email changes)',
    test: ({ stateChanges }) => stateChanges.length > 0 && stateChanges.every((change) => !change.pushState),
  },
  {
    id: 'stalwart-omitted-request-id',
    kind: 'stalwart',
    weight: 1,
    evidence: 'a Response or RequestError omits requestId, as Stalwart does for id-less requests (James sends null)',
    test: ({ answers }) => answers.some((message) => message.requestId === undefined),
  },
  {
    id: 'stalwart-request-error',
    kind: 'stalwart',
    weight: 2,
    evidence: 'a RequestError detail starts "Invalid WebSocket JMAP request", Stalwart wording',
    test: ({ errorDetails }) => errorDetails.some((detail) => detail.startsWith('Invalid WebSocket JMAP request')),
  },
  {
    id: 'cyrus-request-error',
    kind: 'cyrus',
    weight: 2,
    evidence: 'a RequestError detail starts "Unknown request @type", Cyrus wording',
    test: ({ errorDetails }) => errorDetails.some((detail) => detail.startsWith('Unknown request @type')),
  },
] as const satisfies readonly (ServerCue & { test: (messages: Received) => boolean })[];

/** Cues from what the server sent; the client's own frames say nothing about the server. */
export function frameCues(frames: readonly ParsedFrame[]): ServerCue[] {
  const received = frames.filter(({ frame }) => frame.dir === 'received').map(({ message }) => message);
  return matchingCues(receivedOf(received), FRAME_CUES);
}
