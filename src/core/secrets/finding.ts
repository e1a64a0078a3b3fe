export const FINDING_KINDS = [
  'credential-in-url',
  'basic-credentials-in-url',
  'credential-in-userinfo',
  'credential-in-subprotocol',
  'credential-in-frame',
  'cleartext-transport',
  'jwt-expired',
  'jwt-long-lived',
  'ticket-reused',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** Where it is, human readable and free of the secret, e.g. `URL query parameter "access_token"`. */
  readonly location: string;
  /** Why it matters. */
  readonly explanation: string;
  /** What to do. */
  readonly fix: string;
  /** The secret exactly as it appears at that location (for redaction); never rendered unmasked by default. */
  readonly secret?: string;
}
