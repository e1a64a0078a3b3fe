import { closeBehaviours } from './transparency-closes.ts';
import { dataBehaviours } from './transparency-data.ts';
import { eventBehaviours } from './transparency-events.ts';
import { exceptionBehaviours } from './transparency-exceptions.ts';
import { CHILD_PAGE, frameBehaviours } from './transparency-frames.ts';
import { identityBehaviours } from './transparency-identity.ts';
import { isolationBehaviours } from './transparency-isolation.ts';
import { misuseBehaviours } from './transparency-misuse.ts';
import { negotiationBehaviours } from './transparency-negotiation.ts';
import { patchBehaviours } from './transparency-patches.ts';
import { type BehaviourEntry, pageRunner, type RunnerConfig } from './transparency-runner.ts';
import { shapeBehaviours } from './transparency-shape.ts';

export const BEHAVIOURS: readonly BehaviourEntry[] = [
  ...identityBehaviours,
  ...shapeBehaviours,
  ...exceptionBehaviours,
  ...misuseBehaviours,
  ...eventBehaviours,
  ...closeBehaviours,
  ...dataBehaviours,
  ...negotiationBehaviours,
  ...patchBehaviours,
  ...frameBehaviours,
  ...isolationBehaviours,
];

export const behaviourPath = (index: number): string => `/b/${index}`;

function behaviourPage(config: RunnerConfig, entry: BehaviourEntry): string {
  const [name, behaviour] = entry;
  const source = typeof behaviour === 'string' ? behaviour : behaviour.toString();
  const script = `(${pageRunner.toString()})(${JSON.stringify(config)}, ${source});`.replace(
    /<\/script/gi,
    '<\\/script',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body><script>${script}</script></body></html>`;
}

/** Serves one page per behaviour, plus the iframe child page. */
export function transparencyPages(config: () => RunnerConfig): (path: string) => string | undefined {
  return (path) => {
    if (path === '/child') return CHILD_PAGE;
    const match = /^\/b\/(\d+)$/.exec(path);
    const entry = match ? BEHAVIOURS[Number(match[1])] : undefined;
    return entry ? behaviourPage(config(), entry) : undefined;
  };
}
