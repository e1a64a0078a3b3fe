import type { EndpointProfile } from './endpoint-profile.ts';

/**
 * The question to ask before a credential goes over plain `ws://` to any of `endpoints` (the diagnose matrix tries
 * them all at once), or undefined when none is plain or there is no credential to expose.
 */
export function plainWsQuestion(endpoints: readonly EndpointProfile[], hasCredential: boolean): string | undefined {
  if (!hasCredential) return undefined;
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
  if (hosts.length === 0) return undefined;
  return `Diagnosing sends the credential unencrypted over plain ws:// to ${hosts.join(', ')}, readable by anyone on the path. Send it anyway?`;
}
