import type { Cause } from '../cause.ts';
import type { ConnectionFacts } from '../connection-facts.ts';
import { credentialShape, rejectionSummary } from '../explain.ts';
import type { Rule } from './rule.ts';

const MARKERS: readonly { readonly pattern: RegExp; readonly label: string }[] = [
  { pattern: /\+/, label: '"+" for a space' },
  { pattern: /%20/i, label: '"%20" for a space' },
  { pattern: /%3D/i, label: '"%3D" for "="' },
  { pattern: /%2B/i, label: '"%2B" for "+"' },
  { pattern: /%2F/i, label: '"%2F" for "/"' },
  { pattern: /%25[0-9A-F]{2}/i, label: '"%25" escapes (encoded twice)' },
];
const ANY_ESCAPE = /%[0-9A-F]{2}/i;

function markersIn(raw: string): string[] {
  const found = MARKERS.filter((marker) => marker.pattern.test(raw)).map((marker) => marker.label);
  if (found.length === 0 && ANY_ESCAPE.test(raw)) found.push('other %XX escapes');
  return found;
}

function consequence(facts: ConnectionFacts): string {
  if (facts.credential?.scheme !== undefined) {
    return `Forwarded raw, the header reads "${facts.credential.scheme}+…" with no space: Stalwart splits the header at the first space, finds none and answers "Missing Authorization header"; James's parsing fails the same way.`;
  }
  return 'Forwarded raw, the token bytes differ from the real token, so the server cannot find it and rejects the handshake.';
}

function encodedValue(facts: ConnectionFacts, markers: readonly string[]): Cause {
  return {
    id: 'credential-not-decoded',
    title: 'The query credential was forwarded still URL-encoded',
    explanation: [
      `The credential in ${credentialShape(facts)} contains ${markers.join(', ')}, as Dart's Uri.encodeQueryComponent and URLSearchParams write it.`,
      'A proxy that copies the raw value (nginx $arg_…, HAProxy urlp()) puts it into the Authorization header undecoded.',
      consequence(facts),
      rejectionSummary(facts),
    ].join(' '),
    checks: [
      'Decode the value exactly once before building the header: nginx needs njs or Lua ngx.unescape_uri (core nginx cannot decode), HAProxy url_dec; Caddy {query.…} already decodes.',
      'After decoding, reject control characters (CR, LF): decoding without validation lets a crafted URL inject request headers.',
      'Replay through the corrected proxy and confirm the upstream receives "Basic <base64>" or "Bearer <token>" with one space.',
    ],
  };
}

function literalPlus(facts: ConnectionFacts): Cause {
  return {
    id: 'credential-not-decoded',
    title: 'The query credential contains an unencoded "+" that a decoding proxy turns into a space',
    explanation: [
      `The credential in ${credentialShape(facts)} contains a literal "+" that the client did not percent-encode.`,
      'Under form decoding "+" means a space, so a proxy that decodes (Caddy {query.…}, njs, url_dec) forwards a different token.',
      rejectionSummary(facts),
    ].join(' '),
    checks: [
      'Make the client percent-encode the value (encodeURIComponent or URLSearchParams), so "+" travels as "%2B".',
      'Compare the token the upstream received with the real one (a replay through the proxy shows it).',
    ],
  };
}

export const credentialNotDecoded: Rule = (facts) => {
  const credential = facts.credential;
  if (facts.status !== 401 || credential === undefined) return undefined;
  if (credential.encoding === 'raw') return credential.raw.includes('+') ? literalPlus(facts) : undefined;
  const markers = markersIn(credential.raw);
  return markers.length > 0 ? encodedValue(facts, markers) : undefined;
};
