/** What kind of credential a value is; it decides severity and advice. */
export type CredentialShape = 'jwt' | 'basic' | 'bearer' | 'ticket' | 'password' | 'opaque';

/** A credential found in some text or value. */
export interface DetectedSecret {
  /** Exactly as it appears (still encoded), so redaction can find it. */
  readonly secret: string;
  /** The decoded credential without any scheme word: the JWT, the base64 of `user:password`, the token. */
  readonly credential: string;
  readonly shape: CredentialShape;
  /** Its shape in words, never its value: `JWT, alg RS256`, `Basic credentials for user alice@example.com`. */
  readonly what: string;
}

export type ExposurePlace = 'query' | 'userinfo' | 'subprotocol' | 'frame' | 'header';

/** A credential at a place in one connection. */
export interface Exposure extends DetectedSecret {
  readonly place: ExposurePlace;
  /** Human readable, free of the secret: `URL query parameter "access_token" (JWT, alg RS256)`. */
  readonly location: string;
}
