import type { RecordedRequest } from '../../server/server-types.ts';

/** Every value of one header as the upstream received it, duplicates kept (Node's `headers` object merges them). */
export function headerValues(request: RecordedRequest, name: string): string[] {
  return request.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
}

/** The Authorization values of every request that reached the upstream, in order. */
export function authorizationsSeen(requests: readonly RecordedRequest[]): string[][] {
  return requests.map((request) => headerValues(request, 'authorization'));
}
