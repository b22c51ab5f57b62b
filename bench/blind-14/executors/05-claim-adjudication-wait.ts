// expect: none
// Correct: the polling callback catches its own errors and rejects, every terminal status settles, and the deadline timer is cleared on each outcome; a late poll after the deadline is ignored.
declare const claimsApi: {
  getAdjudication(
    claimId: string,
  ): Promise<{ status: 'queued' | 'reviewing' | 'approved' | 'denied' | 'needs_info'; payoutCents?: number; reason?: string }>;
};

export type AdjudicationOutcome =
  { decision: 'approved'; payoutCents: number } | { decision: 'denied'; reason: string } | { decision: 'needs_info'; reason: string };

export class AdjudicationTimeoutError extends Error {
  constructor(
    readonly claimId: string,
    readonly waitedMs: number,
  ) {
    super(`claim ${claimId} still pending after ${waitedMs}ms`);
  }
}

export function waitForAdjudication(claimId: string, { intervalMs = 5_000, maxWaitMs = 10 * 60_000 } = {}): Promise<AdjudicationOutcome> {
  const started = Date.now();

  return new Promise<AdjudicationOutcome>((resolve, reject) => {
    let pollTimer: NodeJS.Timeout | undefined;
    let finished = false;

    const deadline = setTimeout(() => {
      finished = true;
      clearTimeout(pollTimer);
      reject(new AdjudicationTimeoutError(claimId, Date.now() - started));
    }, maxWaitMs);

    const stop = () => {
      finished = true;
      clearTimeout(deadline);
      clearTimeout(pollTimer);
    };

    const poll = async () => {
      try {
        const result = await claimsApi.getAdjudication(claimId);
        if (finished) return;
        switch (result.status) {
          case 'approved':
            stop();
            resolve({ decision: 'approved', payoutCents: result.payoutCents ?? 0 });
            return;
          case 'denied':
            stop();
            resolve({ decision: 'denied', reason: result.reason ?? 'unspecified' });
            return;
          case 'needs_info':
            stop();
            resolve({ decision: 'needs_info', reason: result.reason ?? 'adjuster requested documents' });
            return;
          default:
            pollTimer = setTimeout(poll, intervalMs);
        }
      } catch (err) {
        if (finished) return;
        stop();
        reject(err);
      }
    };

    void poll();
  });
}

export async function settleBatch(claimIds: string[]) {
  const outcomes = await Promise.allSettled(claimIds.map((id) => waitForAdjudication(id)));
  return claimIds.map((id, i) => {
    const o = outcomes[i];
    return o.status === 'fulfilled' ? { id, ...o.value } : { id, decision: 'error' as const, error: String(o.reason) };
  });
}
