/**
 * Collapses runs of `/` in the path of an absolute URL, as TMail does for the ticket `generationEndpoint`
 * (ADR 0087: a James prefix with a trailing slash advertises `https://host//jmap/ws/ticket`). Query and fragment
 * are left alone.
 */
export function normalizePathSlashes(absoluteUrl: string): string {
  try {
    const url = new URL(absoluteUrl);
    url.pathname = url.pathname.replace(/\/{2,}/g, '/');
    return url.href;
  } catch {
    return absoluteUrl;
  }
}
