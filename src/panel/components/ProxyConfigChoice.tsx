/** A labelled `<select>` of fixed choices; `labels` names a choice when its value is not what to show. */
export function ProxyConfigChoice<T extends string>({
  label,
  testId,
  value,
  choices,
  labels,
  onChange,
}: {
  readonly label: string;
  readonly testId: string;
  readonly value: T;
  readonly choices: readonly T[];
  readonly labels?: Readonly<Record<T, string>>;
  readonly onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels?.[choice] ?? choice}
          </option>
        ))}
      </select>
    </label>
  );
}
