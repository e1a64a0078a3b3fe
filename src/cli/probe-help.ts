export const PROBE_SUMMARY = 'open a JMAP WebSocket from Node, enable push and wait for a StateChange';

export const PROBE_HELP = `Usage: jmap-push-inspector probe <ws-url> [--via <proxy-url>]
                                 [--bearer <token> | --basic <user:pass>] [--ticket-from <generation-endpoint>]
                                 [--transport header|query-access-token|query-authorization|ticket|none]
                                 [--wait <seconds>]

Connects to a JMAP WebSocket (RFC 8887) from Node, which, unlike a browser, can send real headers; offers the
"jmap" subprotocol, sends WebSocketPushEnable, waits for a StateChange or the timeout, then prints the outcome
(HTTP status, subprotocol, frames, first push) and the causes the extension's diagnosis finds. Nothing else is sent.

Options:
  --via <proxy-url>      open the socket to this proxy (ws:// or wss://): its origin with the ws-url's path and
                         query; the Host header is then the proxy's host:port, as a browser that opens the proxy's
                         URL would send it (not the ws-url's host)
  --bearer <token>       a bearer token; better: the JMAP_PUSH_INSPECTOR_BEARER environment variable
  --basic <user:pass>    Basic credentials; better: the JMAP_PUSH_INSPECTOR_BASIC environment variable
  --ticket-from <url>    mint a fresh Linagora ticket at this generationEndpoint with the credential (POST, as
                         TMail does), then connect with ?ticket=; implies --transport ticket
  --transport <how>      how the credential travels: header (Authorization on the handshake, the default with a
                         credential), query-access-token, query-authorization, ticket, none (the default without)
  --wait <seconds>       how long to wait for the handshake, then for a StateChange (default 10)
  -h, --help             show this help

Credentials given on the command line stay in the shell history: prefer the environment variables. The credential
goes only to the ws-url's host, the --via proxy and the --ticket-from endpoint, and is never printed: every output
replaces it with a fingerprint such as [REDACTED:3fa9c1].

Exit status: 0 push works or the socket opened fine, 1 the probe failed (refused, unreachable, dropped, no ticket),
2 bad usage.
`;
