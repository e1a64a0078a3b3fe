import type { Natives } from './natives.ts';

const MAX_PROTOCOLS = 64;

/**
 * The subprotocols a page offered, read without iterating them again (the browser already did, once): missing → [],
 * a string → [it], an array of strings held as own data properties → a copy; anything else (an iterable, holes,
 * getters, non-strings) → null, since reading it could run page code.
 */
export function readOfferedProtocols(natives: Natives, args: readonly unknown[]): string[] | null {
  const offered = args.length > 1 ? args[1] : undefined;
  if (offered === undefined) return natives.bare([]);
  if (typeof offered === 'string') return natives.bare([offered]);
  if (!natives.isArray(offered) || offered.length > MAX_PROTOCOLS) return null;
  const copy: string[] = natives.bare([]);
  for (let index = 0; index < offered.length; index++) {
    const slot = natives.ownDescriptor(offered, index);
    if (!slot || !natives.hasOwn(slot, 'value') || typeof slot.value !== 'string') return null;
    copy[index] = slot.value;
  }
  return copy;
}
