import type { BrowserName } from './extension-harness.ts';

export type Normalize = (trace: unknown[] | undefined) => unknown;

const sortedLists: Normalize = (trace) =>
  trace?.map((entry) => (entry as unknown[]).map((value) => (Array.isArray(value) ? [...value].sort() : value)));
const withoutStacks: Normalize = (trace) => trace?.filter((entry) => (entry as unknown[])[0] !== 'stack');
const BUILTIN_TO_STRING_FRAME = '    at Object.toString (<anonymous>)';
const withoutBuiltinToStringFrame: Normalize = (trace) =>
  trace?.map((entry) =>
    (entry as unknown[]).map((value) =>
      Array.isArray(value) ? value.filter((line) => line !== BUILTIN_TO_STRING_FRAME) : value,
    ),
  );

/**
 * What the hook cannot hide, per browser, and why: these behaviours are compared after `normalize` drops exactly the
 * part that differs (everything else must still be identical).
 */
export const KNOWN_DIFFERENCES: Partial<Record<BrowserName, Record<string, { why: string; normalize: Normalize }>>> = {
  chromium: {
    'error stacks and locations': {
      why:
        'Errors leaving a trap are re-captured from the caller so no frame of the hook (nor the extension id) shows; ' +
        'for Function.prototype.toString on a non-function that also cuts V8’s builtin frame above the trap.',
      normalize: withoutBuiltinToStringFrame,
    },
  },
  firefox: {
    'global property order': {
      why:
        'Firefox defines most globals lazily, on first access, and lists the ones already defined after the ' +
        'others; the hook must reach WebSocket, Reflect, Proxy, JSON… before any page script, so they move.',
      normalize: sortedLists,
    },
    'error stacks and locations': {
      why:
        'SpiderMonkey records the innermost script frame, the hook’s trap, in an error’s stack, fileName and ' +
        'lineNumber; re-capturing (as done in Chromium) would add an own `stack` property instead.',
      normalize: withoutStacks,
    },
  },
};
