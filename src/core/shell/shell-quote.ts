const SAFE_WORD = /^[A-Za-z0-9_./:=@%+-]+$/;

/** One POSIX shell word: as is when only safe characters, else in single quotes (a quote becomes `'\''`). */
export function shellQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
