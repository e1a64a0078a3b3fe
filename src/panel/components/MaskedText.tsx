import { useMemo } from 'preact/hooks';
import { maskProse } from '../format/mask-prose.ts';

/** Core prose (explanations, checks, fixes) without buttons; masked where it quotes a known secret. */
export function MaskedText({ text, secrets }: { readonly text: string; readonly secrets: readonly string[] }) {
  const masked = useMemo(() => maskProse(text, secrets), [text, secrets]);
  return <>{masked}</>;
}
