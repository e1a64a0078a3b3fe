/**
 * A JWT candidate anywhere in text: a JOSE header always starts `eyJ` (base64url of `{"`). Global: use with
 * `matchAll`, and confirm each candidate with `decodeJwt`.
 */
export const JWT_IN_TEXT = /(?<![\w-])eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g;
