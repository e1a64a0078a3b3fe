import { useMemo } from 'preact/hooks';
import type { CaptureEnvironment, ImportedCapture } from '../../core/capture/imported-capture.ts';
import { useStore } from '../store-context.ts';
import { Badge } from './Badge.tsx';
import { MaskedText } from './MaskedText.tsx';

function environmentText(environment: CaptureEnvironment | undefined): string | undefined {
  if (!environment) return undefined;
  const browser = [environment.browser, environment.browserVersion].filter(Boolean).join(' ');
  const extension = environment.extensionVersion && `extension ${environment.extensionVersion}`;
  return [browser, extension].filter(Boolean).join(', ') || environment.userAgent;
}

function Warnings({
  warnings,
  secrets,
}: {
  readonly warnings: readonly string[];
  readonly secrets: readonly string[];
}) {
  if (warnings.length === 0) return <span class="muted">no warnings</span>;
  return (
    <details class="import-warnings" data-testid="import-warnings">
      <summary>
        {warnings.length} warning{warnings.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>
            <MaskedText text={warning} secrets={secrets} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function Facts({ imported }: { readonly imported: ImportedCapture }) {
  const { origin } = imported;
  const environment = environmentText(imported.environment);
  return (
    <>
      <span data-testid="import-producer">written by {origin.producer}</span>
      {environment && <span data-testid="import-environment">captured with {environment}</span>}
      {origin.exportedAt !== undefined && (
        <span data-testid="import-exported-at">exported {new Date(origin.exportedAt).toLocaleString()}</span>
      )}
      {origin.redacted ? <Badge tone="good">secrets redacted</Badge> : <Badge tone="bad">secrets in clear</Badge>}
      {!origin.payloads && <Badge tone="warn">frame payloads left out</Badge>}
    </>
  );
}

/** Above an imported capture: where it came from, how it was written, and what reading it skipped. */
export function ImportBanner() {
  const { imported, fileName, views } = useStore();
  const secrets = useMemo(() => views.value.flatMap((view) => view.secrets), [views.value]);
  if (!imported) return null;
  return (
    <div
      class="import-banner"
      role="note"
      data-testid="import-banner"
      data-format={imported.origin.format}
      data-redacted={String(imported.origin.redacted)}
    >
      <strong>
        Read-only: {imported.origin.format === 'har' ? 'HAR file' : 'bundle'} {fileName ?? ''}
      </strong>
      <Facts imported={imported} />
      <Warnings warnings={imported.warnings} secrets={secrets} />
    </div>
  );
}
