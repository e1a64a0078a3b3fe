export const CAUSE_IDS = [
  'auth-header-missing',
  'credential-not-decoded',
  'token-expired',
  'ticket-expired-or-reused',
  'ticket-ip-mismatch',
  'upgrade-not-forwarded',
  'closed-immediately',
  'idle-timeout',
  'push-not-enabled',
  'push-unsupported',
  'subprotocol-missing',
  'reconnect-loop',
  'server-unreachable',
  'refused-status-hidden',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export interface Cause {
  readonly id: CauseId;
  /** One line: what went wrong. */
  readonly title: string;
  /** Why we think so, from the evidence in this connection. */
  readonly explanation: string;
  /** Things to check, in order. */
  readonly checks: readonly string[];
}
