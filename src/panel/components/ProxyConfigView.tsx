import { useMemo, useState } from 'preact/hooks';
import { type GeneratedConfig, generateProxyConfig } from '../../core/proxy-config/generate-proxy-config.ts';
import { DEPLOYABLE } from '../../core/proxy-config/output-mode.ts';
import { parseProxySpec } from '../../core/proxy-config/parse-proxy-spec.ts';
import type { ProxyConfigInput } from '../../core/proxy-config/proxy-config-defaults.ts';
import { PROXY_KINDS, type ProxyKind } from '../../core/proxy-config/proxy-kind.ts';
import type { Parsed } from '../../core/proxy-config/proxy-spec.ts';
import { CopyButton } from './CopyButton.tsx';
import { ProxyConfigChoice } from './ProxyConfigChoice.tsx';

const PROXY_LABELS: Readonly<Record<ProxyKind, string>> = {
  nginx: 'nginx (+ njs)',
  caddy: 'Caddy',
  haproxy: 'HAProxy',
  traefik: 'Traefik',
};

const FIELDS: readonly (readonly [keyof ProxyConfigInput, string, string])[] = [
  ['upstream', 'Upstream', 'the JMAP server behind the proxy, http://host:port'],
  ['listen', 'Listen', 'where the proxy listens, host:port'],
  ['path', 'Path', 'the JMAP WebSocket path'],
];

function generate(kind: ProxyKind, input: ProxyConfigInput): Parsed<GeneratedConfig> {
  const spec = parseProxySpec(input);
  return spec.ok ? generateProxyConfig(kind, spec.value, DEPLOYABLE) : spec;
}

/** A block of generated text with its copy button; always text, never markup. */
function CopyableText({
  title,
  text,
  label,
}: {
  readonly title: string;
  readonly text: string;
  readonly label: string;
}) {
  return (
    <>
      <div class="proxy-config-head">
        <code>{title}</code> <CopyButton text={text} label={label} />
      </div>
      <pre class="proxy-config-text">{text}</pre>
    </>
  );
}

function GeneratedOutput({ config }: { readonly config: GeneratedConfig }) {
  return (
    <>
      {config.files.map((file) => (
        <div key={file.path} class="proxy-config-file" data-file={file.path}>
          <CopyableText title={file.path} text={file.content} label={`Copy ${file.path}`} />
        </div>
      ))}
      <ul class="proxy-config-notes" data-testid="proxy-config-notes">
        {config.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <div class="proxy-config-file" data-testid="proxy-config-redaction">
        <CopyableText
          title="Log redaction, to merge into an existing configuration"
          text={config.redaction}
          label="Copy the log-redaction lines"
        />
      </div>
    </>
  );
}

/**
 * A reverse proxy configuration for this connection's server (issue 4 §3), from the same generator as
 * `jmap-push-inspector proxy-config`: pick the proxy, edit upstream, listen and path, copy each file.
 */
export function ProxyConfigView({ defaults }: { readonly defaults: ProxyConfigInput }) {
  const [kind, setKind] = useState<ProxyKind>('nginx');
  const [input, setInput] = useState<ProxyConfigInput>(defaults);
  const result = useMemo(() => generate(kind, input), [kind, input]);
  return (
    <div class="proxy-config" data-testid="proxy-config" data-proxy={kind}>
      <div class="proxy-config-form">
        <ProxyConfigChoice
          label="Proxy"
          testId="proxy-config-kind"
          value={kind}
          choices={PROXY_KINDS}
          labels={PROXY_LABELS}
          onChange={setKind}
        />
        {FIELDS.map(([field, label, title]) => (
          <label key={field} title={title}>
            {label}{' '}
            <input
              type="text"
              spellcheck={false}
              data-testid={`proxy-config-${field}`}
              value={input[field]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setInput((current) => ({ ...current, [field]: value }));
              }}
            />
          </label>
        ))}
      </div>
      {result.ok ? (
        <GeneratedOutput config={result.value} />
      ) : (
        <p class="proxy-config-error" role="alert" data-testid="proxy-config-error">
          {result.error}
        </p>
      )}
    </div>
  );
}
