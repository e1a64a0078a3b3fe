import { isJsonObject } from '../jmap/read-json-fields.ts';
import type { TicketCapability, WebSocketCapability } from './jmap-session.ts';
import { TICKET_CAPABILITY, WEBSOCKET_CAPABILITY } from './jmap-session.ts';
import { normalizePathSlashes } from './normalize-path-slashes.ts';
import { resolveUrl } from './resolve-url.ts';
import { resolveWebSocketUrl } from './resolve-websocket-url.ts';

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseWebSocketCapability(raw: unknown, sessionUrl: string | undefined): WebSocketCapability {
  const props = isJsonObject(raw) ? raw : {};
  const url = stringOrUndefined(props.url);
  const resolvedUrl = resolveWebSocketUrl(url, sessionUrl);
  return {
    ...(url !== undefined && { url }),
    ...(resolvedUrl !== undefined && { resolvedUrl }),
    ...(Object.hasOwn(props, 'supportsPush') && { supportsPush: props.supportsPush }),
  };
}

function resolveEndpoint(advertised: string | undefined, sessionUrl: string | undefined): string | undefined {
  const resolved = resolveUrl(advertised, sessionUrl);
  return resolved === undefined ? undefined : normalizePathSlashes(resolved);
}

function parseTicketCapability(raw: unknown, sessionUrl: string | undefined): TicketCapability {
  const props = isJsonObject(raw) ? raw : {};
  const advertisedGenerationEndpoint = stringOrUndefined(props.generationEndpoint);
  const advertisedRevocationEndpoint = stringOrUndefined(props.revocationEndpoint);
  const generationEndpoint = resolveEndpoint(advertisedGenerationEndpoint, sessionUrl);
  const revocationEndpoint = resolveEndpoint(advertisedRevocationEndpoint, sessionUrl);
  return {
    ...(generationEndpoint !== undefined && { generationEndpoint }),
    ...(revocationEndpoint !== undefined && { revocationEndpoint }),
    ...(advertisedGenerationEndpoint !== undefined && { advertisedGenerationEndpoint }),
    ...(advertisedRevocationEndpoint !== undefined && { advertisedRevocationEndpoint }),
  };
}

export interface ParsedCapabilities {
  readonly capabilityIds: readonly string[];
  readonly webSocket?: WebSocketCapability;
  readonly ticket?: TicketCapability;
  readonly rawCapabilities: Readonly<Record<string, unknown>>;
}

/** Parses a `capabilities` or `accountCapabilities` object; anything that is not an object counts as empty. */
export function parseCapabilities(raw: unknown, sessionUrl: string | undefined): ParsedCapabilities {
  const rawCapabilities: Readonly<Record<string, unknown>> = isJsonObject(raw)
    ? Object.fromEntries(Object.entries(raw))
    : {};
  const capabilityIds = Object.keys(rawCapabilities);
  const has = (id: string) => Object.hasOwn(rawCapabilities, id);
  return {
    capabilityIds,
    rawCapabilities,
    ...(has(WEBSOCKET_CAPABILITY) && {
      webSocket: parseWebSocketCapability(rawCapabilities[WEBSOCKET_CAPABILITY], sessionUrl),
    }),
    ...(has(TICKET_CAPABILITY) && { ticket: parseTicketCapability(rawCapabilities[TICKET_CAPABILITY], sessionUrl) }),
  };
}
