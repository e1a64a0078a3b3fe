/**
 * The one way to export secrets: a checkbox that says what it does, then a warning line. Not offered at all in
 * presentation mode.
 */
export function InClearChoice({
  presentation,
  checked,
  onChange,
}: {
  readonly presentation: boolean;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  if (presentation) {
    return (
      <p class="muted" data-testid="export-always-redacted">
        Presentation mode: every export is redacted.
      </p>
    );
  }
  return (
    <>
      <label class="check in-clear">
        <input
          type="checkbox"
          data-testid="export-in-clear"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        Include secrets (passwords, tokens, tickets) in clear
      </label>
      {checked && (
        <p class="export-warning" role="alert" data-testid="export-in-clear-warning">
          The next bundle or HAR will hold every captured password, token and ticket as it was sent. Share it only with
          someone you would give them to. Reports stay redacted.
        </p>
      )}
    </>
  );
}
