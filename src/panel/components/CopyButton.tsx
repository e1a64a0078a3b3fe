import { useEffect, useState } from 'preact/hooks';
import { copyText } from '../dom/copy-text.ts';
import { CopyIcon } from './CopyIcon.tsx';

const FEEDBACK_MS = 1_200;

/** A small copy button; it copies exactly the text it is given (what is on screen, masked unless revealed). */
export function CopyButton({ text, label = 'Copy' }: { readonly text: string; readonly label?: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | undefined>(undefined);
  useEffect(() => {
    if (result === undefined) return;
    const timer = setTimeout(() => setResult(undefined), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [result]);
  const copy = async () => setResult((await copyText(text)) ? 'copied' : 'failed');
  return (
    <button type="button" class="icon-button copy" title={label} aria-label={label} data-copied={result} onClick={copy}>
      {result === 'copied' ? '✓' : result === 'failed' ? '✗' : <CopyIcon />}
    </button>
  );
}
