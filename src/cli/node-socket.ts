import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import type { FrameData } from '../core/model/frame.ts';
import type { HttpHeader } from '../core/model/http-header.ts';
import type { ReplaySocket, SocketFactory, SocketListener } from '../core/replay/replay-io.ts';

/** As much of a binary frame as the capture keeps (the page hook's `BINARY_HEAD_BYTES`). */
const BINARY_HEAD_BYTES = 32;
/** A refusal body is evidence (a 401's problem JSON); more than this is not. */
const MAX_BODY_BYTES = 64 * 1024;
const ABNORMAL_CLOSE = { code: 1006, reason: '', wasClean: false };

/** Node's error codes as the browser's net::ERR_* names, which the diagnosis rules read. */
const NET_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
  ETIMEDOUT: 'net::ERR_TIMED_OUT',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  EPIPE: 'net::ERR_CONNECTION_CLOSED',
  EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
};

export function networkErrorText(error: Error): string {
  const code = String((error as { code?: unknown }).code ?? '');
  const name = NET_ERRORS[code] ?? (/CERT|SSL|TLS/i.test(code) ? 'net::ERR_CERT_INVALID' : 'net::ERR_FAILED');
  return `${name} (${error.message})`;
}

function headersOf(response: IncomingMessage): HttpHeader[] {
  const raw = response.rawHeaders;
  return raw.flatMap((name, index) => (index % 2 === 0 ? [{ name, value: raw[index + 1] ?? '' }] : []));
}

function statusLine(response: IncomingMessage): string {
  return `HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage ?? ''}`.trimEnd();
}

function frameData(data: WebSocket.RawData, isBinary: boolean): FrameData {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  if (!isBinary) return { kind: 'text', text: buffer.toString('utf8') };
  return { kind: 'binary', size: buffer.length, headHex: buffer.subarray(0, BINARY_HEAD_BYTES).toString('hex') };
}

async function readBody(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= MAX_BODY_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
}

/** The refused handshake as a browser reports it (error, then 1006), with the status, headers and body it hides. */
async function refused(response: IncomingMessage, listener: SocketListener): Promise<void> {
  const base = { status: response.statusCode, statusLine: statusLine(response), responseHeaders: headersOf(response) };
  const body = await readBody(response).catch(() => undefined);
  listener.handshake(body === undefined || body === '' ? base : { ...base, responseBody: body });
  listener.error('');
  listener.close(ABNORMAL_CLOSE);
}

/** `ws://proxy:8080` + the target's path and query: the socket goes to the proxy, asking for the target's resource. */
export function throughProxy(target: string, via: string): string {
  const url = new URL(target);
  return `${new URL(via).origin}${url.pathname}${url.search}`;
}

function listen(socket: WebSocket, listener: SocketListener, closedByUs: () => boolean): void {
  socket.on('upgrade', (response) => {
    listener.handshake({
      status: response.statusCode,
      statusLine: statusLine(response),
      responseHeaders: headersOf(response),
    });
  });
  socket.on('unexpected-response', (request, response) => {
    void refused(response, listener).finally(() => request.destroy());
  });
  socket.on('open', () => listener.open({ protocol: socket.protocol, extensions: socket.extensions }));
  socket.on('message', (data, isBinary) => listener.message(frameData(data, isBinary)));
  socket.on('error', (error) => {
    if (!closedByUs()) listener.error(networkErrorText(error));
  });
  socket.on('close', (code, reason) => {
    listener.close(code === 1006 ? ABNORMAL_CLOSE : { code, reason: reason.toString('utf8'), wasClean: true });
  });
}

/**
 * The replay engine's socket in Node (package `ws`, which sends real headers): the `header` transport's Authorization
 * goes on the handshake itself. With `via`, the socket opens to the proxy's origin with the target's path and query;
 * `ws` then sends the proxy's host:port as Host.
 */
export function nodeSocketFactory(options: { readonly via?: string } = {}): SocketFactory {
  return (request, listener): ReplaySocket => {
    const url = options.via === undefined ? request.url : throughProxy(request.url, options.via);
    const headers = request.authorization === undefined ? {} : { Authorization: request.authorization };
    const socket = new WebSocket(url, [...request.protocols], { headers, perMessageDeflate: false });
    let ourClose = false;
    listen(socket, listener, () => ourClose);
    return {
      send: (text) => socket.send(text),
      close: (code, reason) => {
        ourClose = true;
        if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
        else socket.close(code, reason);
      },
    };
  };
}
