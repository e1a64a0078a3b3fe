import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export const SESSION_COOKIE = 'jpi_session=deep-capture-e2e';

export interface DeepCaptureServer {
  readonly origin: string;
  /** The upgrade request headers the server received, by path. */
  readonly upgrades: Array<{ readonly path: string; readonly headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** A dedicated worker and a shared worker that each open a JMAP socket and send one text and one binary frame. */
const workerScript = (path: string) => `
  const socket = new WebSocket(location.origin.replace('http', 'ws') + '${path}', ['jmap']);
  socket.binaryType = 'arraybuffer';
  socket.onopen = () => { socket.send('{"@type":"WebSocketPushEnable","dataTypes":null}'); socket.send(new Uint8Array([1, 2, 3, 250])); };
  onconnect = () => {};
`;

/** The page sets a session cookie; the test opens its sockets when deep capture is ready (`openPageSocket`, …). */
const PAGE = `<!doctype html><title>deep capture</title><p>deep capture page</p><script>
  let count = 0;
  window.openPageSocket = () => {
    count += 1;
    const socket = new WebSocket(location.origin.replace('http', 'ws') + '/page-socket?n=' + count, 'jmap');
    socket.onopen = () => socket.send('{"@type":"Request","using":[],"methodCalls":[]}');
    return socket.url;
  };
  window.startWorker = () => { window.worker = new Worker('/dedicated-worker.js'); };
  window.startSharedWorker = () => { window.shared = new SharedWorker('/shared-worker.js'); window.shared.port.start(); };
</script>`;

/** Serves the page and both workers, and echoes every socket (text as `echo:…`, binary as is). */
export async function startDeepCaptureServer(): Promise<DeepCaptureServer> {
  const upgrades: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.endsWith('-worker.js')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(workerScript(path.startsWith('/shared') ? '/shared-socket' : '/worker-socket'));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': `${SESSION_COOKIE}; Path=/` });
    response.end(PAGE);
  });
  const sockets = new WebSocketServer({ server, handleProtocols: (offered) => (offered.has('jmap') ? 'jmap' : false) });
  sockets.on('connection', (socket, request) => {
    upgrades.push({ path: request.url ?? '', headers: request.headers });
    socket.on('message', (data, isBinary) => socket.send(isBinary ? data : `echo:${String(data)}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    upgrades,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise((resolve) => sockets.close(resolve));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
