import { type ProxyRig, type RealProxy, startProxy } from '../../proxies/support/start-proxy.ts';

/** Several real proxies started together (each from its generated `--standalone` folder, with its own upstream). */
export class ProxyRigs {
  readonly #rigs = new Map<RealProxy, ProxyRig>();

  /** Starts them all; if one fails, the others still start (so `stopAll` cleans them up) and the first error throws. */
  async start(kinds: readonly RealProxy[]): Promise<void> {
    const started = await Promise.allSettled(kinds.map(startProxy));
    for (const result of started) if (result.status === 'fulfilled') this.#rigs.set(result.value.kind, result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  get(kind: RealProxy): ProxyRig {
    const found = this.#rigs.get(kind);
    if (!found) throw new Error(`${kind} did not start`);
    return found;
  }

  /** Stops every proxy and its upstream, and removes their folders. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.#rigs.values()].map(async (rig) => {
        await rig.stop();
        await rig.remove();
      }),
    );
  }
}
