// expect: none
// The retry helper calls op() afresh on every attempt, so each retry performs a new ignition request rather than re-awaiting the first failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BurnerController {
  ignite(burnerId: string): Promise<{ flameDetected: boolean; ionisationUa: number }>;
  purge(burnerId: string, seconds: number): Promise<void>;
  lockout(burnerId: string, reason: string): Promise<void>;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

export class IgnitionFailed extends Error {
  override name = 'IgnitionFailed';
}

export async function withRetries<T>(
  op: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (attempt: number, err: unknown) => void,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (attempt === policy.attempts) break;
      onRetry?.(attempt, err);
      await sleep(policy.baseDelayMs * attempt);
    }
  }
  throw lastError;
}

const MIN_FLAME_UA = 2.5;
const PRE_PURGE_S = 30;

export class GloryHoleIgniter {
  readonly log: string[] = [];

  constructor(private readonly burners: BurnerController) {}

  private async attemptIgnition(burnerId: string): Promise<number> {
    await this.burners.purge(burnerId, PRE_PURGE_S);
    const result = await this.burners.ignite(burnerId);
    if (!result.flameDetected || result.ionisationUa < MIN_FLAME_UA) {
      throw new IgnitionFailed(`burner ${burnerId}: weak or no flame (${result.ionisationUa}uA)`);
    }
    return result.ionisationUa;
  }

  async light(burnerId: string): Promise<number> {
    try {
      return await withRetries(
        () => this.attemptIgnition(burnerId),
        { attempts: 3, baseDelayMs: 5_000 },
        (attempt, err) => {
          this.log.push(`attempt ${attempt} on ${burnerId} failed: ${err instanceof Error ? err.message : String(err)}`);
        },
      );
    } catch (err) {
      await this.burners.lockout(burnerId, 'three failed ignition attempts');
      throw err;
    }
  }
}
