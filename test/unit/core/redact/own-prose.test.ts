import { describe, expect, test } from 'vitest';
import { analyzeConnection } from '../../../../src/core/analysis/analyze-connection.ts';
import { findTextSecrets } from '../../../../src/core/secrets/scan-text.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS } from '../../../fixtures/scenarios.ts';

/** Every sentence the analysis writes for people: finding and cause texts, strategy evidence. */
function proseOf(analysis: ReturnType<typeof analyzeConnection>): string[] {
  return [
    ...analysis.findings.flatMap((finding) => [finding.location, finding.explanation, finding.fix]),
    ...analysis.causes.flatMap((cause) => [cause.title, cause.explanation, ...cause.checks]),
    ...analysis.auth.evidence,
  ];
}

describe('the analysis’ own prose', () => {
  test.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS].map((scenario) => [scenario.name, scenario] as const))(
    '%s: no sentence reads as a secret to the text scanner (it would be masked into nonsense)',
    (_name, { connection, context }) => {
      const prose = proseOf(analyzeConnection(connection, context));
      const misread = prose.flatMap((text) => findTextSecrets(text).map(({ secret }) => ({ text, secret })));
      expect(misread).toEqual([]);
    },
  );
});
