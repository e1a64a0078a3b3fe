const HEX = '0123456789abcdef';

/** Lower-case hex of `bytes`, by string indexing only: no method a page could have replaced. */
export function bytesToHex(bytes: ArrayLike<number>): string {
  let hex = '';
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    hex += (HEX[byte >> 4] ?? '') + (HEX[byte & 15] ?? '');
  }
  return hex;
}
