import type { QueryEncoding } from '../url/decode-query-value.ts';
import type { StrategyId } from './strategy-id.ts';

/** A credential carried in a query parameter. */
export interface UrlCredential {
  /** The parameter name as written in the URL. */
  readonly param: string;
  /** The value exactly as it appears in the URL. */
  readonly raw: string;
  /** The value after undoing its encoding. */
  readonly value: string;
  readonly encoding: QueryEncoding;
  /** `Basic`, `Bearer` or another scheme word when the decoded value starts with one. */
  readonly scheme?: string;
}

export interface AuthClassification {
  readonly strategy: StrategyId;
  /** Plain-English reasons, free of secret values: the chosen credential first, then the others, then context. */
  readonly evidence: string[];
  readonly credential?: UrlCredential;
}

/** One credential found by a reader; `evidence[0]` names it in a sentence of its own. */
export interface AuthCandidate {
  readonly strategy: StrategyId;
  readonly evidence: string[];
  readonly credential?: UrlCredential;
}

/** What one reader (URL, headers, subprotocols) found: credentials, and remarks that are not credentials. */
export interface CredentialReading {
  readonly candidates: AuthCandidate[];
  readonly notes: string[];
}
