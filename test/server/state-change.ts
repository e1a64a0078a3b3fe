import { accountIdFor } from './account-id.ts';
import type { PushConnection } from './push-hub.ts';
import type { ServerContext } from './server-context.ts';
import type { PushCommand, PushResult } from './server-types.ts';
import { ALICE } from './users.ts';

/** James adds pushState only when the event carries a Mailbox or Email state (FACTS §3); Stalwart never does. */
function includesPushState(context: ServerContext, typeStates: Record<string, string>): boolean {
  if (context.flavor === 'stalwart') return false;
  if (context.flavor === 'cyrus') return true;
  return 'Mailbox' in typeStates || 'Email' in typeStates;
}

export function stateChangeFrame(context: ServerContext, username: string, typeStates: Record<string, string>): string {
  const changed = { [accountIdFor(context.flavor, username)]: typeStates };
  const pushState = includesPushState(context, typeStates) ? context.states.pushState(username) : undefined;
  return JSON.stringify(
    pushState === undefined ? { '@type': 'StateChange', changed } : { '@type': 'StateChange', changed, pushState },
  );
}

function subscribedStates(connection: PushConnection, changed: Record<string, string>): Record<string, string> {
  const { dataTypes } = connection;
  if (dataTypes === undefined || !connection.sinkOpen) return {};
  return Object.fromEntries(Object.entries(changed).filter(([type]) => dataTypes === null || dataTypes.has(type)));
}

export function deliverChange(context: ServerContext, connection: PushConnection, changed: Record<string, string>) {
  const typeStates = subscribedStates(connection, changed);
  if (Object.keys(typeStates).length === 0) return false;
  connection.socket.send(stateChangeFrame(context, connection.username, typeStates));
  return true;
}

/** Advances the given types for one user and pushes a StateChange to each of that user's matching sockets. */
export function pushChange(context: ServerContext, command: PushCommand = {}): PushResult {
  const username = command.username ?? ALICE.username;
  const changed = context.states.advance(username, command.types ?? ['Email', 'Mailbox']);
  const delivered = context.hub.forUser(username).filter((connection) => deliverChange(context, connection, changed));
  return { username, changed, delivered: delivered.length };
}

/** The current Mailbox and Email states, as James sends them at once for a PushEnable carrying a pushState. */
export function currentStateFrame(context: ServerContext, username: string, types: readonly string[]): string {
  const typeStates = Object.fromEntries(types.map((type) => [type, context.states.current(username, type)]));
  return stateChangeFrame(context, username, typeStates);
}
