import { describe, expect, it } from 'vitest';
import { analyzeCapture, captureSecrets } from '../../../../src/core/capture/analyze-capture.ts';
import { ANALYSIS_SCHEMA, analysisJson } from '../../../../src/core/report/analysis-json.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS } from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { scenarioCapture } from './scenario-capture.ts';

describe('analysisJson', () => {
  it.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS].map((scenario) => [scenario.name, scenario] as const))(
    '%s: holds the contract, the scenario’s strategy and causes, and no secret',
    (_name, scenario) => {
      const { capture, now } = scenarioCapture(scenario);
      const analyzed = analyzeCapture(capture, now);
      const json = analysisJson(analyzed, captureSecrets(analyzed, capture));
      expect(json.schema).toBe(ANALYSIS_SCHEMA);
      const own = json.connections.find((connection) => connection.id === scenario.connection.id);
      expect(own?.strategy).toBe(scenario.strategy);
      expect(own?.diagnoses.map((diagnosis) => diagnosis.cause)).toEqual(scenario.causes);
      for (const connection of json.connections) {
        expect(Object.keys(connection)).toEqual(
          expect.arrayContaining(['url', 'status', 'strategy', 'server', 'findings', 'diagnoses', 'frames']),
        );
        expect(Object.keys(connection.frames).sort()).toEqual(['received', 'sent']);
        for (const finding of connection.findings)
          expect(Object.keys(finding)).toEqual(['kind', 'severity', 'location']);
      }
      const text = JSON.stringify(json);
      for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
    },
  );
});
