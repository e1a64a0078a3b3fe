import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface ChoiceProps<T extends string> {
  readonly label: string;
  readonly testId: string;
  readonly value: T;
  readonly choices: readonly T[];
  readonly onChoose: (value: T) => void;
}

/** A labelled select over a fixed list of values, each shown as itself. */
export function Choice<T extends string>({ label, testId, value, choices, onChoose }: ChoiceProps<T>) {
  return (
    <label>
      {label}
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => onChoose(choices.find((choice) => choice === e.currentTarget.value) ?? value)}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}

interface CheckProps {
  readonly testId: string;
  readonly checked: boolean;
  readonly onCheck: (checked: boolean) => void;
  readonly children: ComponentChildren;
}

/** A checkbox with its label text after it. */
export function Check({ testId, checked, onCheck, children }: CheckProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      {children}
    </label>
  );
}

interface TextFieldProps {
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  readonly onText: (value: string) => void;
  readonly placeholder?: string;
  /** A password input, never offered to the browser's autofill. */
  readonly secret?: boolean;
}

/** A labelled one-line text input. */
export function TextField({ label, testId, value, onText, placeholder, secret = false }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    'data-testid': testId,
    placeholder,
    value,
    onInput: (e: { currentTarget: HTMLInputElement }) => onText(e.currentTarget.value),
  };
  return (
    <>
      <label for={id}>{label}</label>
      {secret ? (
        <input type="password" autocomplete="new-password" {...common} />
      ) : (
        <input autocomplete="off" {...common} />
      )}
    </>
  );
}
