export const WEBSOCKET_CAPABILITY = 'urn:ietf:params:jmap:websocket';
export const TICKET_CAPABILITY = 'com:linagora:params:jmap:ws:ticket';
export const MAIL_CAPABILITY = 'urn:ietf:params:jmap:mail';
export const CORE_CAPABILITY = 'urn:ietf:params:jmap:core';

export interface WebSocketCapability {
  /** As advertised (may be host-less, e.g. Cyrus `wss:/jmap/ws/`). */
  readonly url?: string;
  /** Absolute URL resolved against the session origin; undefined when `url` is absent or unusable. */
  readonly resolvedUrl?: string;
  /** As advertised: true, false, absent (undefined) or some other JSON value. */
  readonly supportsPush?: unknown;
}

export interface TicketCapability {
  /** Resolved against the session URL, duplicate path slashes collapsed (TMail ADR 0087); undefined when unusable. */
  readonly generationEndpoint?: string;
  readonly revocationEndpoint?: string;
  /** The endpoints exactly as advertised (a trailing-slash prefix gives `//jmap/ws/ticket`, FACTS §2). */
  readonly advertisedGenerationEndpoint?: string;
  readonly advertisedRevocationEndpoint?: string;
}

export interface JmapAccount {
  readonly id: string;
  readonly name?: string;
  readonly capabilityIds: readonly string[];
  readonly webSocket?: WebSocketCapability;
  readonly ticket?: TicketCapability;
  /** Raw `accountCapabilities` objects by id; Stalwart lists the websocket capability here as `{}` (FACTS §4). */
  readonly rawCapabilities: Readonly<Record<string, unknown>>;
}

/** The parts of a JMAP session object (RFC 8620 §2) that matter for push. */
export interface JmapSession {
  /** Where the session was fetched from; relative URLs resolve against it. */
  readonly sessionUrl?: string;
  readonly capabilityIds: readonly string[];
  readonly webSocket?: WebSocketCapability;
  readonly ticket?: TicketCapability;
  readonly accounts: readonly JmapAccount[];
  /** Capability id → account id, as advertised. */
  readonly primaryAccounts: Readonly<Record<string, string>>;
  /** Primary account for `urn:ietf:params:jmap:mail`, else for `urn:ietf:params:jmap:core`. */
  readonly primaryAccountId?: string;
  readonly username?: string;
  readonly apiUrl?: string;
  readonly eventSourceUrl?: string;
  readonly state?: string;
  /** Raw capability objects by id, kept for fingerprinting. */
  readonly rawCapabilities: Readonly<Record<string, unknown>>;
}
