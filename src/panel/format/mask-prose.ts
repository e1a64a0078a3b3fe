import { redact } from '../../core/redact/redact.ts';
import { wireForms } from '../../core/redact/wire-forms.ts';

/**
 * Prose from the core (evidence, explanations, checks) is free of secret values by contract, and the text scanners
 * misread some of its words as credentials ("a Bearer Authorization header"). So it is redacted only when it does
 * quote one of the connection's known secrets, in any wire form.
 */
export function maskProse(text: string, secrets: readonly string[]): string {
  const quotesSecret = secrets.some((secret) => wireForms(secret).some((form) => text.includes(form)));
  return quotesSecret ? redact(text, secrets) : text;
}
