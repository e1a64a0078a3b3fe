import { SecretValue } from './SecretValue.tsx';

/** Evidence lines, each copyable; masked where one quotes a known secret. */
export function EvidenceList({
  lines,
  secrets,
}: {
  readonly lines: readonly string[];
  readonly secrets: readonly string[];
}) {
  if (lines.length === 0) return <p class="muted">No evidence.</p>;
  return (
    <ul class="evidence">
      {lines.map((line, index) => (
        <li key={index}>
          <SecretValue value={line} secrets={secrets} label="evidence" prose />
        </li>
      ))}
    </ul>
  );
}
