import { classifyAuth } from '../auth/classify-auth.ts';
import type { StrategyId } from '../auth/strategy-id.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { JmapSession } from '../session/jmap-session.ts';
import { stripCredentialParams } from './build-replay-url.ts';
import { safeSubprotocols } from './credential-from-capture.ts';
import {
  DEFAULT_ENCODING,
  DEFAULT_SUBPROTOCOLS,
  type EndpointProfile,
  type ReplayEncoding,
  type ReplayTransport,
} from './endpoint-profile.ts';
import { validateProfile } from './validate-profile.ts';

export type PresetKind = 'captured' | 'origin-header' | 'saved';

export interface EndpointPreset {
  readonly kind: PresetKind;
  readonly profile: EndpointProfile;
}

const TRANSPORT_OF: Readonly<Partial<Record<StrategyId, ReplayTransport>>> = {
  ticket: 'ticket',
  'query-access-token': 'query-access-token',
  'query-authorization': 'query-authorization',
  'header-basic': 'header',
  'header-bearer': 'header',
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The captured connection as a profile: same URL (credentials stripped), transport, encoding and subprotocols. */
function capturedProfile(connection: ConnectionRecord): unknown {
  const { handshake } = connection;
  const auth = classifyAuth({ handshake, ticketMint: connection.ticketMint, createdAt: connection.createdAt });
  const written = auth.credential?.encoding;
  const encoding: ReplayEncoding = written === 'percent' || written === 'raw' ? written : DEFAULT_ENCODING;
  return {
    name: `Captured URL (${hostOf(handshake.url)})`,
    url: stripCredentialParams(handshake.url),
    transport: TRANSPORT_OF[auth.strategy] ?? 'none',
    encoding,
    subprotocols: safeSubprotocols(handshake.protocols),
  };
}

/** The server's own WebSocket URL with the header a proxy would add: tells whether the origin works at all. */
function originProfile(connection: ConnectionRecord, session: JmapSession | undefined): unknown {
  const url = stripCredentialParams(session?.webSocket?.resolvedUrl ?? connection.handshake.url);
  return {
    name: `Origin with header (${hostOf(url)})`,
    url,
    transport: 'header',
    encoding: DEFAULT_ENCODING,
    subprotocols: [...DEFAULT_SUBPROTOCOLS],
  };
}

/**
 * The endpoints a replay of this connection can go to: the captured URL itself, the origin direct with the header
 * (the "virtual proxy"), then the user's saved ones. Presets that would not validate are left out, and one URL with
 * one transport is listed once (the first wins).
 */
export function endpointPresets(input: {
  readonly connection: ConnectionRecord;
  readonly session?: JmapSession;
  readonly saved?: readonly EndpointProfile[];
}): EndpointPreset[] {
  const candidates: [PresetKind, unknown][] = [
    ['captured', capturedProfile(input.connection)],
    ['origin-header', originProfile(input.connection, input.session)],
    ...(input.saved ?? []).map((profile): [PresetKind, unknown] => ['saved', profile]),
  ];
  const seen = new Set<string>();
  const presets: EndpointPreset[] = [];
  for (const [kind, candidate] of candidates) {
    const checked = validateProfile(candidate);
    if (!checked.ok) continue;
    const key = `${checked.profile.transport} ${checked.profile.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    presets.push({ kind, profile: checked.profile });
  }
  return presets;
}
