import { useMemo } from 'preact/hooks';
import { redact } from '../../core/redact/redact.ts';

/** Core prose (explanations, checks, fixes) without buttons; redacted like every other value. */
export function MaskedText({ text, secrets }: { readonly text: string; readonly secrets: readonly string[] }) {
  const masked = useMemo(() => redact(text, secrets), [text, secrets]);
  return <>{masked}</>;
}
