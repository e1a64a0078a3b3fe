import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { requestPath } from './http-auth.ts';
import { emptyReply, type Reply } from './reply.ts';

const DEMO_DIR = new URL('../demo/', import.meta.url);

const DEMO_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'tmail-demo.js': 'text/javascript; charset=utf-8',
  'tmail-client.js': 'text/javascript; charset=utf-8',
  'tmail-gate.js': 'text/javascript; charset=utf-8',
  'tmail-frames.js': 'text/javascript; charset=utf-8',
  'tmail-url.js': 'text/javascript; charset=utf-8',
  'dart-uri.js': 'text/javascript; charset=utf-8',
};

/** Serves the demo client's static files under `/demo/` (no build step). */
export async function demoRoute(request: IncomingMessage): Promise<Reply> {
  const path = requestPath(request);
  if (path === '/demo') {
    const query = (request.url ?? '').slice(path.length);
    return emptyReply(301, [['Location', `/demo/${query}`]]);
  }
  const name = path === '/demo/' ? 'index.html' : path.slice('/demo/'.length);
  const contentType = DEMO_FILES[name];
  if (!contentType || request.method !== 'GET') return emptyReply(404);
  const body = await readFile(new URL(name, DEMO_DIR), 'utf8');
  return {
    status: 200,
    headers: [
      ['Content-Type', contentType],
      ['Cache-Control', 'no-store'],
    ],
    body,
  };
}
