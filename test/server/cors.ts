import type { IncomingMessage } from 'node:http';
import { emptyReply, type HttpHeaderPair, type Reply } from './reply.ts';

/** James-style CORS on every route, echoing the page's Origin so a page on another loopback port can call it. */
export function corsHeaders(request: IncomingMessage): HttpHeaderPair[] {
  const origin = request.headers.origin;
  return [
    ['Access-Control-Allow-Origin', origin ?? '*'],
    ...(origin ? ([['Vary', 'Origin']] as HttpHeaderPair[]) : []),
    ['Access-Control-Allow-Methods', 'GET, POST, DELETE, PUT, OPTIONS'],
    ['Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept'],
    ['Access-Control-Max-Age', '86400'],
  ];
}

export function preflightReply(): Reply {
  return emptyReply(200);
}
