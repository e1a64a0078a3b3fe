const BYTES_PER_LINE = 16;

function printable(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
}

/** `00000000  7b 22 40 …  {"@…` lines, from the hex of a binary frame's first bytes. */
export function hexDump(headHex: string): string {
  const bytes = (headHex.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => Number.parseInt(pair, 16));
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += BYTES_PER_LINE) {
    const chunk = bytes.slice(offset, offset + BYTES_PER_LINE);
    const hex = chunk.map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    lines.push(
      `${offset.toString(16).padStart(8, '0')}  ${hex.padEnd(BYTES_PER_LINE * 3 - 1)}  ${chunk.map(printable).join('')}`,
    );
  }
  return lines.join('\n');
}
