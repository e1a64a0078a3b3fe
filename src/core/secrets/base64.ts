const BASE64_BODY = /^[A-Za-z0-9+/_-]*$/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Base64 to bytes, tolerant of what real clients write: standard or url-safe alphabet (even mixed), with or without
 * `=` padding. Undefined when the text is not base64. Never throws.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const body = text.replace(/={1,2}$/, '');
  if (!BASE64_BODY.test(body) || body.length % 4 === 1) return undefined;
  const standard = body.replace(/-/g, '+').replace(/_/g, '/');
  // Validated above (alphabet, length), so atob cannot throw.
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Base64 of UTF-8 text; undefined when it is not base64 or the bytes are not valid UTF-8. Never throws. */
export function decodeBase64Text(text: string): string | undefined {
  const bytes = decodeBase64(text);
  if (!bytes) return undefined;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
