import type { EndpointProfile } from './endpoint-profile.ts';

/**
 * The question to ask before a credential goes over plain `ws://` to any of `endpoints`, or over a plain `http://`
 * ticket mint (the diagnose matrix tries them all at once), or undefined when nothing is plain or there is no
 * credential to expose.
 */
export function plainWsQuestion(
  endpoints: readonly EndpointProfile[],
  hasCredential: boolean,
  mintUrl?: string,
): string | undefined {
  if (!hasCredential) return undefined;
  const plainMint = mintUrl?.toLowerCase().startsWith('http:') ? ` and the ticket mint at ${mintUrl}` : '';
  const hosts = [
    ...new Set(
      endpoints.flatMap((endpoint) => {
        try {
          const url = new URL(endpoint.url);
          return url.protocol === 'ws:' ? [url.host] : [];
        } catch {
          return [];
        }
      }),
    ),
  ];
  if (hosts.length === 0 && plainMint === '') return undefined;
  const where = hosts.length === 0 ? plainMint.replace(' and ', '') : `plain ws:// to ${hosts.join(', ')}${plainMint}`;
  return `Diagnosing sends the credential unencrypted to ${where}, readable by anyone on the path. Send it anyway?`;
}
