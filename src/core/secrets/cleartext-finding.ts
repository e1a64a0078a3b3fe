import type { Exposure } from './exposure.ts';
import type { Finding } from './finding.ts';

const CLEARTEXT_SCHEME = /^(?:ws|http):/i;
const MAX_LISTED = 4;

function hostOf(url: string): string {
  return /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url)?.[1] ?? 'an unnamed host';
}

function listed(exposures: readonly Exposure[]): string {
  const names = exposures.slice(0, MAX_LISTED).map((exposure) => exposure.location);
  const more = exposures.length - names.length;
  return more > 0 ? `${names.join('; ')}; and ${more} more` : names.join('; ');
}

/** Any credential over `ws://` is critical, whatever it is: everyone on the network path reads and can replay it. */
export function cleartextFindings(url: string, exposures: readonly Exposure[]): Finding[] {
  if (!CLEARTEXT_SCHEME.test(url) || exposures.length === 0) return [];
  return [
    {
      kind: 'cleartext-transport',
      severity: 'critical',
      location: `unencrypted ws:// connection to ${hostOf(url)}`,
      explanation: `ws:// carries the handshake and every frame unencrypted, so anyone on the network path reads these credentials and can replay them: ${listed(exposures)}.`,
      fix: 'Use wss:// only (terminate TLS at the proxy, never fall back to ws://) and rotate every credential that went over this connection.',
    },
  ];
}
