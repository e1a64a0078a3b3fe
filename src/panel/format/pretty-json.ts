/** JSON text indented by two spaces, or the text unchanged when it is not JSON. Always text, never markup. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
