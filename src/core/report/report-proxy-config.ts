import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import { generateProxyConfig } from '../proxy-config/generate-proxy-config.ts';
import { DEPLOYABLE } from '../proxy-config/output-mode.ts';
import { parseProxySpec } from '../proxy-config/parse-proxy-spec.ts';
import { proxyConfigDefaults } from '../proxy-config/proxy-config-defaults.ts';
import { FIXED_BY_PROXY_CONFIG } from '../replay/cause-fix.ts';
import type { Block } from './report-blocks.ts';

function fixedByProxy(entry: AnalyzedConnection): boolean {
  return entry.analysis.causes.some((cause) => FIXED_BY_PROXY_CONFIG.has(cause.id));
}

/** The verdict's connection when a proxy fixes it, else the first one a proxy fixes. */
function connectionToFix(analyzed: readonly AnalyzedConnection[], verdictIndex: number | undefined): number {
  const verdict = verdictIndex === undefined ? undefined : analyzed[verdictIndex];
  if (verdict !== undefined && fixedByProxy(verdict)) return verdictIndex as number;
  return analyzed.findIndex(fixedByProxy);
}

/**
 * When a cause is one a reverse proxy fixes, the nginx configuration `jmap-push-inspector proxy-config nginx` would
 * print for that connection, from the same defaults the panel starts with (upstream, listen and path to check).
 */
export function proxyConfigSection(analyzed: readonly AnalyzedConnection[], verdictIndex?: number): Block[] {
  const index = connectionToFix(analyzed, verdictIndex);
  const entry = analyzed[index];
  if (entry === undefined) return [];
  const input = proxyConfigDefaults(entry.analysis.url);
  const spec = parseProxySpec(input);
  const config = spec.ok ? generateProxyConfig('nginx', spec.value, DEPLOYABLE) : spec;
  const heading: Block = { kind: 'heading', level: 2, text: 'Suggested proxy configuration' };
  if (!config.ok) {
    return [heading, { kind: 'paragraph', inlines: [`No configuration for #${index + 1}: ${config.error}.`] }];
  }
  const intro: Block = {
    kind: 'paragraph',
    inlines: [
      `A reverse proxy fixes the causes of #${index + 1}. nginx with njs, generated as `,
      {
        code: `jmap-push-inspector proxy-config nginx --upstream ${input.upstream} --listen ${input.listen} --path ${input.path}`,
      },
      ' prints it (Caddy and HAProxy too); check the upstream and listen addresses first.',
    ],
  };
  const files = config.value.files.map((file): Block => ({ kind: 'code', title: file.path, text: file.content }));
  return [heading, intro, ...files, { kind: 'list', items: config.value.notes.map((note) => [note]) }];
}
