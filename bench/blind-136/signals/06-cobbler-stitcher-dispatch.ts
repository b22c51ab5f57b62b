// expect: none
// The race timer is cleared in finally whichever side wins, and on timeout the claim request is aborted, so neither loser outlives the race.
export interface StitchJob {
  ticketId: string;
  material: 'leather' | 'suede' | 'canvas';
  seamCm: number;
}

export interface StitcherClaim {
  stitcherId: string;
  ticketId: string;
  etaMinutes: number;
}

export interface StitcherPool {
  claim(job: StitchJob, opts: { signal: AbortSignal }): Promise<StitcherClaim>;
}

export class DispatchTimeoutError extends Error {
  constructor(readonly ticketId: string, readonly ms: number) {
    super(`no stitcher picked up ${ticketId} within ${ms}ms`);
    this.name = 'DispatchTimeoutError';
  }
}

export class StitcherDispatcher {
  private readonly unassigned: StitchJob[] = [];

  constructor(
    private readonly pool: StitcherPool,
    private readonly timeoutMs = 5_000,
  ) {}

  private async claimWithin(job: StitchJob): Promise<StitcherClaim> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new DispatchTimeoutError(job.ticketId, this.timeoutMs);
        controller.abort(err);
        reject(err);
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([this.pool.claim(job, { signal: controller.signal }), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async dispatch(jobs: StitchJob[]): Promise<StitcherClaim[]> {
    const claims: StitcherClaim[] = [];
    const ordered = [...jobs].sort((a, b) => b.seamCm - a.seamCm);
    for (const job of ordered) {
      try {
        claims.push(await this.claimWithin(job));
      } catch (err) {
        if (err instanceof DispatchTimeoutError) {
          this.unassigned.push(job);
          continue;
        }
        throw err;
      }
    }
    return claims;
  }

  backlog(): readonly StitchJob[] {
    return this.unassigned;
  }
}
