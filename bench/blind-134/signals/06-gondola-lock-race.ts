// expect: none
// The confirmation request and the timeout both run under a local AbortController combined with the caller's signal, and the finally block clears the timer and aborts the loser, so nothing outlives the race.
export interface LockConfirmation {
  gondola: number;
  latchClosed: boolean;
  pinEngaged: boolean;
}

export interface WheelPlcClient {
  confirmLock(gondola: number, opts: { signal: AbortSignal }): Promise<LockConfirmation>;
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

export class BoardingGuard {
  constructor(
    private readonly plc: WheelPlcClient,
    private readonly confirmWithinMs = 1_200,
  ) {}

  async confirm(gondola: number, signal?: AbortSignal): Promise<LockConfirmation> {
    const local = new AbortController();
    const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new LockTimeoutError(`gondola ${gondola}: no lock confirmation within ${this.confirmWithinMs}ms`));
      }, this.confirmWithinMs);
    });

    try {
      return await Promise.race([this.plc.confirmLock(gondola, { signal: combined }), deadline]);
    } finally {
      clearTimeout(timer);
      local.abort();
    }
  }

  async releaseForRotation(gondola: number, signal?: AbortSignal): Promise<boolean> {
    const c = await this.confirm(gondola, signal);
    return c.latchClosed && c.pinEngaged;
  }

  async sweep(gondolas: readonly number[], signal?: AbortSignal): Promise<number[]> {
    const unsafe: number[] = [];
    for (const g of gondolas) {
      try {
        if (!(await this.releaseForRotation(g, signal))) unsafe.push(g);
      } catch (err) {
        if (err instanceof LockTimeoutError) {
          unsafe.push(g);
          continue;
        }
        throw err;
      }
    }
    return unsafe;
  }
}

export function rotationPermitted(unsafe: readonly number[]): string {
  return unsafe.length === 0
    ? 'all gondolas confirmed locked – rotation permitted'
    : `hold rotation: gondolas ${unsafe.join(', ')} not confirmed locked`;
}
