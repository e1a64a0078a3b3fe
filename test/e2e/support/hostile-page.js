// @ts-check
/**
 * A hostile page for the extension (issue 3 §4 "Hostile page"): it forges the hook ↔ bridge traffic, sends and
 * receives oversized frames, and puts markup in frames, URLs, subprotocols and close reasons. Its own echo traffic
 * must keep working; `window.hostile` reports what it saw.
 */
const FLAG = 'window.__jpiPwned=(window.__jpiPwned||0)+1';
const IMG = `<img src=x onerror="${FLAG}">`;
const SCRIPT = `<script>${FLAG}</script>`;
const BIG_TEXT_CHARS = 5_000_000;
const BINARY_BYTES = 200_000;
/** Longer than any subprotocol the background keeps: this socket's events are refused and counted. */
const LONG_PROTOCOL_CHARS = 1_100;

const results = {
  done: false,
  failures: /** @type {string[]} */ ([]),
  /** Hellos heard in answer to a forged bridge announcement: each would give away the secret channel. */
  answeredHellos: /** @type {string[]} */ ([]),
  /** Frames the page itself sent and received, per socket name. */
  frames: /** @type {Record<string, { sent: number, received: number }>} */ ({}),
  chosenProtocol: '',
  closeReason: '',
  syntheticSeen: false,
  subprotocolError: '',
};
Object.assign(window, { hostile: results, hostileMarkup: { IMG, SCRIPT, FLAG } });

/** @param {boolean} ok @param {string} what */
function check(ok, what) {
  if (!ok) results.failures.push(what);
}

/** @param {string} type @param {unknown} detail */
function dispatch(type, detail) {
  document.dispatchEvent(new CustomEvent(type, { detail }));
}

function randomHex(bytes) {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A well-formed batch for the bridge, as the hook would send it, that must never reach the background. */
function forgedBatch(seq) {
  const at = Date.now();
  return JSON.stringify({
    v: 1,
    seq,
    events: [
      { type: 'open', socket: 1, at, url: `ws://forged.invalid/${IMG}`, protocols: [IMG] },
      { type: 'opened', socket: 1, at, protocol: IMG, extensions: '' },
      { type: 'frame', socket: 1, at, dir: 'received', data: { kind: 'text', text: `FORGED ${SCRIPT}` } },
    ],
  });
}

function forgeBridgeTraffic() {
  const listen = (/** @type {Event} */ event) =>
    results.answeredHellos.push(String(/** @type {CustomEvent} */ (event).detail));
  document.addEventListener('jpi:hello', listen);
  // A hook still waiting for its bridge would answer these, synchronously, with its secret channel.
  dispatch('jpi:bridge-ready', null);
  dispatch('jpi:bridge-ready', '{"v":1}');
  document.removeEventListener('jpi:hello', listen);
  const channel = `jpi:${'0'.repeat(32)}`;
  dispatch('jpi:hello', JSON.stringify({ v: 1, channel, document: 'f'.repeat(32) }));
  dispatch('jpi:hello', { v: 1, channel, document: 'f'.repeat(32) });
  dispatch('jpi:hello', `${'x'.repeat(600)}`);
  dispatch(channel, forgedBatch(1));
  for (let seq = 1; seq <= 256; seq++) dispatch(`jpi:${randomHex(16)}`, forgedBatch(seq));
  for (const name of ['jpi:content', 'jpi:panel:1', 'jpi:hello', 'jpi:bridge-ready', 'jpi:', 'message']) {
    dispatch(name, forgedBatch(1));
  }
  const envelope = { type: 'page-batch', document: 'f'.repeat(32), pageUrl: location.href, seq: 1, rejected: 0 };
  window.postMessage({ ...envelope, events: JSON.parse(forgedBatch(1)).events }, '*');
  window.postMessage(forgedBatch(1), '*');
  window.postMessage({ type: 'session-seen', v: 1, tabId: 1, session: { at: 1, url: IMG, body: '{}' } }, '*');
}

/** @param {WebSocket} socket */
function opened(socket) {
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`${socket.url.slice(0, 60)} failed`)), { once: true });
  });
}

/** @param {WebSocket} socket @returns {Promise<MessageEvent>} */
function nextMessage(socket) {
  return new Promise((resolve) => socket.addEventListener('message', resolve, { once: true }));
}

/** @param {string} name @param {WebSocket} socket @param {string | ArrayBufferView | ArrayBuffer} payload */
async function roundTrip(name, socket, payload) {
  results.frames[name] ??= { sent: 0, received: 0 };
  const reply = nextMessage(socket);
  socket.send(payload);
  results.frames[name].sent += 1;
  const event = await reply;
  results.frames[name].received += 1;
  return event.data;
}

function closed(socket) {
  return new Promise((resolve) => socket.addEventListener('close', resolve, { once: true }));
}

async function markupSocket(base) {
  const basic = btoa(`${IMG}:pw`);
  const url = `${base}/ws/${IMG}?q=${SCRIPT}&access_token=${encodeURIComponent(IMG)}&authorization=Basic%20${basic}`;
  const socket = new WebSocket(url, ["x'onerror'1", 'jmap']);
  await opened(socket);
  results.chosenProtocol = socket.protocol;
  const texts = [
    IMG,
    SCRIPT,
    JSON.stringify({ '@type': IMG, methodResponses: [[SCRIPT, { html: IMG }, IMG]] }),
    JSON.stringify({ '@type': 'StateChange', changed: { [IMG]: { [SCRIPT]: IMG } }, pushState: SCRIPT }),
  ];
  for (const text of texts) check((await roundTrip('markup', socket, text)) === text, `echo of ${text.slice(0, 20)}`);
  socket.addEventListener('message', (event) => {
    if (!event.isTrusted) results.syntheticSeen = true;
  });
  socket.dispatchEvent(new MessageEvent('message', { data: `FORGED synthetic ${IMG}` }));
  const end = closed(socket);
  socket.close(4001, IMG);
  results.closeReason = /** @type {CloseEvent} */ (await end).reason;
}

async function bigSocket(base) {
  const socket = new WebSocket(`${base}/big`, ['jmap']);
  socket.binaryType = 'arraybuffer';
  await opened(socket);
  const text = IMG.repeat(Math.ceil(BIG_TEXT_CHARS / IMG.length)).slice(0, BIG_TEXT_CHARS);
  check((await roundTrip('big', socket, text)) === text, 'echo of the 5 MB text');
  const bytes = new Uint8Array(BINARY_BYTES).map((_, index) => index % 251);
  const echoed = new Uint8Array(await roundTrip('big', socket, bytes));
  check(echoed.length === BINARY_BYTES && echoed.every((byte, index) => byte === index % 251), 'binary echo');
  const end = closed(socket);
  socket.close(1000, 'done');
  await end;
}

async function longProtocolSocket(base) {
  const socket = new WebSocket(`${base}/pad`, ['p'.repeat(LONG_PROTOCOL_CHARS)]);
  await opened(socket);
  check((await roundTrip('long-protocol', socket, 'ping')) === 'ping', 'echo with the long subprotocol');
  const end = closed(socket);
  socket.close(1000);
  await end;
}

async function refusedSocket(base) {
  const socket = new WebSocket(`${base}/refuse?${SCRIPT}`);
  const event = /** @type {CloseEvent} */ (await closed(socket));
  check(event.code === 1006, `refused upgrade closes with 1006, got ${event.code}`);
}

function badSubprotocol(base) {
  try {
    new WebSocket(`${base}/ws`, [SCRIPT]);
    check(false, 'a markup subprotocol must throw');
  } catch (error) {
    results.subprotocolError = /** @type {Error} */ (error).name;
  }
}

async function run() {
  forgeBridgeTraffic();
  const base = `ws://${location.host}`;
  badSubprotocol(base);
  await markupSocket(base);
  await bigSocket(base);
  await longProtocolSocket(base);
  await refusedSocket(base);
}

run().then(
  () => {
    results.done = true;
  },
  (error) => {
    results.failures.push(String(error));
    results.done = true;
  },
);
