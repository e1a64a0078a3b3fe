import { accountIdFor } from './account-id.ts';
import { hasTickets, type ServerContext, websocketOrigin } from './server-context.ts';

const CORE = 'urn:ietf:params:jmap:core';
const MAIL = 'urn:ietf:params:jmap:mail';
const SUBMISSION = 'urn:ietf:params:jmap:submission';
const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
const TICKET = 'com:linagora:params:jmap:ws:ticket';

type Capabilities = Record<string, Record<string, unknown>>;

const coreProperties = {
  maxSizeUpload: 20971520,
  maxConcurrentUpload: 4,
  maxSizeRequest: 10000000,
  maxConcurrentRequests: 4,
  maxCallsInRequest: 16,
  maxObjectsInGet: 500,
  maxObjectsInSet: 500,
  collationAlgorithms: ['i;unicode-casemap'],
};

function session(
  username: string,
  accountId: string,
  capabilities: Capabilities,
  accountCapabilities: Capabilities,
  urls: Record<string, string>,
) {
  const primaryAccounts = Object.fromEntries(Object.keys(accountCapabilities).map((id) => [id, accountId]));
  const account = { name: username, isPersonal: true, isReadOnly: false, accountCapabilities };
  return { capabilities, accounts: { [accountId]: account }, primaryAccounts, username, ...urls };
}

/** James and tmail-backend: absolute URLs, every capability repeated in `accountCapabilities` (FACTS §2, §3). */
function jamesSession(context: ServerContext, username: string) {
  const origin = context.origin();
  const capabilities: Capabilities = {
    [CORE]: coreProperties,
    [MAIL]: { maxMailboxesPerEmail: 10000000, maxMailboxDepth: null, mayCreateTopLevelMailbox: true },
    [SUBMISSION]: { maxDelayedSend: 0, submissionExtensions: {} },
    [WEBSOCKET]: { supportsPush: true, url: `${websocketOrigin(origin)}/jmap/ws` },
  };
  if (hasTickets(context)) {
    const endpoint = `${origin}/jmap/ws/ticket`;
    capabilities[TICKET] = { generationEndpoint: endpoint, revocationEndpoint: endpoint };
  }
  return session(username, accountIdFor(context.flavor, username), capabilities, capabilities, {
    apiUrl: `${origin}/jmap`,
    downloadUrl: `${origin}/download/{accountId}/{blobId}?type={type}&name={name}`,
    uploadUrl: `${origin}/upload/{accountId}`,
    eventSourceUrl: `${origin}/eventSource?types={types}&closeAfter={closeafter}&ping={ping}`,
    state: context.states.sessionState(username),
  });
}

/** Stalwart: websocket capability at session level, `{}` per account, no ticket capability (FACTS §4). */
function stalwartSession(context: ServerContext, username: string) {
  const origin = context.origin();
  const capabilities: Capabilities = {
    [CORE]: coreProperties,
    [MAIL]: {},
    [SUBMISSION]: {},
    [WEBSOCKET]: { url: `${websocketOrigin(origin)}/jmap/ws`, supportsPush: true },
  };
  const accountCapabilities: Capabilities = {
    [MAIL]: { maxMailboxesPerEmail: null, maxMailboxDepth: 10, mayCreateTopLevelMailbox: true },
    [SUBMISSION]: { maxDelayedSend: 2592000, submissionExtensions: {} },
    [WEBSOCKET]: {},
  };
  return session(username, accountIdFor(context.flavor, username), capabilities, accountCapabilities, {
    apiUrl: `${origin}/jmap/`,
    downloadUrl: `${origin}/jmap/download/{accountId}/{blobId}/{name}?accept={type}`,
    uploadUrl: `${origin}/jmap/upload/{accountId}/`,
    eventSourceUrl: `${origin}/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}`,
    state: context.states.sessionState(username),
  });
}

/** Cyrus: every URL relative, the websocket one host-less with a trailing slash (FACTS §5). */
function cyrusSession(context: ServerContext, username: string) {
  const capabilities: Capabilities = {
    [CORE]: coreProperties,
    [MAIL]: {},
    [SUBMISSION]: {},
    [WEBSOCKET]: { url: context.options.websocketUrl ?? 'wss:/jmap/ws/', supportsPush: true },
  };
  const accountCapabilities: Capabilities = { [MAIL]: { maxMailboxesPerEmail: 20 }, [SUBMISSION]: {} };
  return session(username, accountIdFor(context.flavor, username), capabilities, accountCapabilities, {
    apiUrl: '/jmap/',
    downloadUrl: '/jmap/download/{accountId}/{blobId}/{name}?accept={type}',
    uploadUrl: '/jmap/upload/{accountId}/',
    eventSourceUrl: '/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}',
    state: context.states.sessionState(username),
  });
}

export function sessionJson(context: ServerContext, username: string): Record<string, unknown> {
  if (context.flavor === 'stalwart') return stalwartSession(context, username);
  if (context.flavor === 'cyrus') return cyrusSession(context, username);
  return jamesSession(context, username);
}
