import type { Cause } from '../diagnosis/cause.ts';
import { CAUSE_IDS } from '../diagnosis/cause.ts';
import type { Finding } from '../secrets/finding.ts';
import { FINDING_KINDS, SEVERITIES } from '../secrets/finding.ts';
import { LIMITS } from './bundle-limits.ts';
import { compact } from './compact.ts';
import type { StrictFields } from './strict-fields.ts';

/** The `findings` member of a stored analysis. */
export function readFindings(analysis: StrictFields): Finding[] {
  return analysis.list('findings', LIMITS.findings, (fields) =>
    compact({
      kind: fields.choice('kind', FINDING_KINDS),
      severity: fields.choice('severity', SEVERITIES),
      location: fields.string('location', LIMITS.text),
      explanation: fields.string('explanation', LIMITS.text),
      fix: fields.string('fix', LIMITS.text),
      secret: fields.optional('secret', (key) => fields.string(key, LIMITS.text)),
    }),
  );
}

/** The `causes` member of a stored analysis. */
export function readCauses(analysis: StrictFields): Cause[] {
  return analysis.list('causes', LIMITS.causes, (fields) => ({
    id: fields.choice('id', CAUSE_IDS),
    title: fields.string('title', LIMITS.text),
    explanation: fields.string('explanation', LIMITS.text),
    checks: fields.strings('checks', LIMITS.lines, LIMITS.text),
  }));
}
