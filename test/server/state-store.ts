import { randomUUID } from 'node:crypto';
import { sha256Hex } from './account-id.ts';
import type { Flavor } from './server-types.ts';

/** James serves one constant session state (`JAMES_SESSION_STATE` in the fixtures). */
export const JAMES_SESSION_STATE = '2c9f1b12-b35a-43e6-9af2-0106fb53a943';

/**
 * Per-user type states in each server's format: James UUIDs with a sha256 `pushState`, Stalwart short `s…` tokens
 * and no pushState, Cyrus a per-user modseq that is also its pushState (FACTS §3–§5).
 */
export class StateStore {
  private readonly states = new Map<string, Map<string, string>>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly flavor: Flavor) {}

  current(username: string, type: string): string {
    const states = this.userStates(username);
    const existing = states.get(type);
    if (existing !== undefined) return existing;
    const fresh = this.nextState(username);
    states.set(type, fresh);
    return fresh;
  }

  advance(username: string, types: readonly string[]): Record<string, string> {
    const changed: Record<string, string> = {};
    const modseq = this.flavor === 'cyrus' ? this.nextState(username) : undefined;
    for (const type of types) {
      changed[type] = modseq ?? this.nextState(username);
      this.userStates(username).set(type, changed[type]);
    }
    return changed;
  }

  pushState(username: string): string | undefined {
    if (this.flavor === 'stalwart') return undefined;
    if (this.flavor === 'cyrus') return String(this.counters.get(username) ?? 0);
    return sha256Hex(`${this.current(username, 'Mailbox')}_${this.current(username, 'Email')}`);
  }

  sessionState(username: string): string {
    if (this.flavor === 'stalwart') return sha256Hex(`session ${username}`).slice(0, 8);
    if (this.flavor === 'cyrus') return String(this.counters.get(username) ?? 0);
    return JAMES_SESSION_STATE;
  }

  private userStates(username: string): Map<string, string> {
    let states = this.states.get(username);
    if (!states) {
      states = new Map();
      this.states.set(username, states);
    }
    return states;
  }

  private nextState(username: string): string {
    if (this.flavor === 'james' || this.flavor === 'tmail-backend') return randomUUID();
    const next = (this.counters.get(username) ?? 0) + 1;
    this.counters.set(username, next);
    return this.flavor === 'stalwart' ? `s${next.toString(32)}` : String(next);
  }
}
