/** `[name, arguments, callId]` as in RFC 8620 §3.2. */
export type Invocation = readonly [name: string, args: Readonly<Record<string, unknown>>, callId: string];

/** account id → type name → state string (RFC 8620 §7.1). */
export type TypeStateMap = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Correlation id as sent: a string, JSON null, or absent (`undefined`). James answers `requestId: null`
 * to an id-less request; Stalwart omits it (FACTS §3, §4).
 */
export type CorrelationId = string | null | undefined;

export type JmapMessage =
  | {
      readonly type: 'Request';
      readonly id: CorrelationId;
      readonly using: readonly string[];
      readonly methodCalls: readonly Invocation[];
    }
  | {
      readonly type: 'Response';
      readonly requestId: CorrelationId;
      readonly methodResponses: readonly Invocation[];
      readonly sessionState?: string;
    }
  | {
      readonly type: 'RequestError';
      readonly requestId: CorrelationId;
      /** The RFC 7807 `type`, e.g. `urn:ietf:params:jmap:error:notRequest`. */
      readonly problemType: string;
      readonly status?: number;
      readonly detail?: string;
      readonly limit?: string;
    }
  | { readonly type: 'WebSocketPushEnable'; readonly dataTypes: readonly string[] | null; readonly pushState?: string }
  | { readonly type: 'WebSocketPushDisable' }
  | { readonly type: 'StateChange'; readonly changed: TypeStateMap; readonly pushState?: string }
  /** Stalwart-only push objects (FACTS §4); TMail drops them. */
  | { readonly type: 'EmailPush' | 'CalendarAlert'; readonly body: Readonly<Record<string, unknown>> }
  /** Valid JSON that is not a known JMAP message; `atType` is the `@type` seen, if any. */
  | { readonly type: 'unknown'; readonly atType: string | null; readonly reason: string }
  | { readonly type: 'invalid-json'; readonly reason: string }
  | { readonly type: 'binary'; readonly size: number; readonly reason: string };

export type JmapMessageType = JmapMessage['type'];

/** Every message type, JMAP ones first, in the order filters list them. */
export const JMAP_MESSAGE_TYPES = [
  'Request',
  'Response',
  'RequestError',
  'WebSocketPushEnable',
  'WebSocketPushDisable',
  'StateChange',
  'EmailPush',
  'CalendarAlert',
  'unknown',
  'invalid-json',
  'binary',
] as const satisfies readonly JmapMessageType[];

/** The types whose frames carry their name as `@type` (the rest are our own labels). */
export const NAMED_MESSAGE_TYPES: readonly JmapMessageType[] = JMAP_MESSAGE_TYPES.slice(0, 8);
