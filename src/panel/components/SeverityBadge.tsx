import type { Severity } from '../../core/secrets/finding.ts';
import type { Tone } from '../format/strategy-label.ts';
import { Badge } from './Badge.tsx';

const TONES: Readonly<Record<Severity, Tone>> = {
  critical: 'bad',
  high: 'bad',
  medium: 'warn',
  low: 'neutral',
  info: 'neutral',
};

export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  return <Badge tone={TONES[severity]}>{severity}</Badge>;
}
