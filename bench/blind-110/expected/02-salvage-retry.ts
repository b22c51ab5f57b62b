// expect: none
// withRetry() takes a factory and calls op() afresh on every attempt, and every call site passes an arrow that starts a new request, so each retry is a real new attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryable(err: unknown): boolean;
}

export interface WreckManifest {
  wreckId: string;
  vessel: string;
  sankIn: number;
  cargo: Array<{ item: string; tonnes: number; hazardous: boolean }>;
}

export interface SalvageRegistry {
  fetchManifest(wreckId: string): Promise<WreckManifest>;
  fetchOwnership(wreckId: string): Promise<{ owner: string; claimOpen: boolean }>;
}

export async function withRetry<T>(op: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (attempt >= policy.attempts || !policy.retryable(err)) throw err;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

const transient: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 400,
  retryable: (err) => err instanceof Error && /ECONNRESET|ETIMEDOUT|503/.test(err.message),
};

export class SalvageBrief {
  constructor(private readonly registry: SalvageRegistry, private readonly policy: RetryPolicy = transient) {}

  async prepare(wreckId: string): Promise<string> {
    const ownership = await withRetry(() => this.registry.fetchOwnership(wreckId), this.policy);
    if (!ownership.claimOpen) throw new Error(`${wreckId} is owned by ${ownership.owner}; no salvage claim possible`);

    const manifest = await withRetry(() => this.registry.fetchManifest(wreckId), this.policy);
    const hazardous = manifest.cargo.filter((c) => c.hazardous);
    const totalT = manifest.cargo.reduce((t, c) => t + c.tonnes, 0);
    return [
      `${manifest.vessel} (sank ${manifest.sankIn}), owner ${ownership.owner}`,
      `cargo ${totalT.toFixed(0)} t in ${manifest.cargo.length} lots`,
      hazardous.length ? `HAZARDOUS: ${hazardous.map((h) => h.item).join(', ')}` : 'no hazardous cargo declared',
    ].join('\n');
  }
}
