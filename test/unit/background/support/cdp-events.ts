import { F1_URL, F4_BASIC } from '../../../fixtures/handshakes.ts';
import { T0 } from './observations.ts';

/** Monotonic seconds at T0 (CDP `timestamp`); `wallTime` is T0 in epoch seconds. */
export const MONO0 = 4774.351;
export const WALL0 = T0 / 1000;
export const WORKER_SCRIPT = 'https://mail.example.com/push-worker.js';

/** Seconds after T0 on the monotonic clock. */
export const mono = (ms: number) => MONO0 + ms / 1000;

/** Request headers as Chromium's CDP reports them for a header-authenticated (F4-like) JMAP socket with a cookie. */
export const CDP_REQUEST_HEADERS = {
  Authorization: `Basic ${F4_BASIC}`,
  Cookie: 'sid=abc123; theme=dark',
  Host: 'jmap.example.com',
  Origin: 'https://mail.example.com',
  'Sec-WebSocket-Key': 'gDvBZt7gq0WbWK0ku3xIRg==',
  'Sec-WebSocket-Protocol': 'jmap, jmap.v2',
  'Sec-WebSocket-Version': '13',
  Upgrade: 'websocket',
};

export const CDP_101 = {
  status: 101,
  statusText: 'Switching Protocols',
  headers: {
    Connection: 'Upgrade',
    'Sec-WebSocket-Accept': '38ZlsvaieY3/q5HKMWXcKI70z3w=',
    'Sec-WebSocket-Protocol': 'jmap',
    'Sec-WebSocket-Extensions': 'permessage-deflate',
    Upgrade: 'websocket',
  },
  headersText: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
  requestHeaders: CDP_REQUEST_HEADERS,
};

type Cdp = readonly [method: string, params: Record<string, unknown>];

/** One socket's events, as Chromium 156 sends them (captured from a real run, hosts replaced). */
export const cdp = {
  created: (requestId: string, url = F1_URL): Cdp => ['Network.webSocketCreated', { requestId, url }],
  willSend: (requestId: string, ms = 5, headers: object = CDP_REQUEST_HEADERS): Cdp => [
    'Network.webSocketWillSendHandshakeRequest',
    { requestId, timestamp: mono(ms), wallTime: WALL0 + ms / 1000, request: { headers } },
  ],
  response: (requestId: string, ms = 30, response: object = CDP_101): Cdp => [
    'Network.webSocketHandshakeResponseReceived',
    { requestId, timestamp: mono(ms), response },
  ],
  sent: (requestId: string, payloadData: string, ms = 100, opcode = 1): Cdp => [
    'Network.webSocketFrameSent',
    { requestId, timestamp: mono(ms), response: { opcode, mask: true, payloadData } },
  ],
  received: (requestId: string, payloadData: string, ms = 120, opcode = 1): Cdp => [
    'Network.webSocketFrameReceived',
    { requestId, timestamp: mono(ms), response: { opcode, mask: false, payloadData } },
  ],
  error: (requestId: string, ms = 40, errorMessage = ''): Cdp => [
    'Network.webSocketFrameError',
    { requestId, timestamp: mono(ms), errorMessage },
  ],
  closed: (requestId: string, ms = 500): Cdp => ['Network.webSocketClosed', { requestId, timestamp: mono(ms) }],
};

export const workerAttached = (sessionId: string, type = 'worker', url = WORKER_SCRIPT): Cdp => [
  'Target.attachedToTarget',
  { sessionId, targetInfo: { targetId: `T-${sessionId}`, type, url, attached: true }, waitingForDebugger: true },
];
