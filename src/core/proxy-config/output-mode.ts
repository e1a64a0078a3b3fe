/**
 * `deployable`: Debian's own paths (/etc, /run, /var/log, /var/lib), for a proxy run by its system service.
 * `standalone`: every config, log, pid, temp, socket and XDG path inside one folder, for a proxy run in the foreground.
 */
export type OutputMode = { readonly kind: 'deployable' } | { readonly kind: 'standalone'; readonly dir: string };

export const DEPLOYABLE: OutputMode = { kind: 'deployable' };

export function standalone(dir: string): OutputMode {
  return { kind: 'standalone', dir };
}
