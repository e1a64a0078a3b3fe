const MAX_WARNINGS = 100;

/** A hostile file can hold a million bad items: the first warnings, then how many more. */
export function firstWarnings(warnings: readonly string[]): string[] {
  const more = warnings.length - MAX_WARNINGS;
  return more > 0 ? [...warnings.slice(0, MAX_WARNINGS), `… and ${more} more problems like these`] : [...warnings];
}
