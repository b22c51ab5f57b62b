// expect: none
// The race's loser is cleaned up: the deadline timer is cleared in finally and the work's own controller is aborted, with the parent listener removed.
export interface EdgerSolution {
  boardId: string;
  leftMm: number;
  rightMm: number;
  valueEur: number;
}

export class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`edger optimiser missed its ${ms}ms deadline`);
    this.name = 'DeadlineExceeded';
  }
}

export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  parent?: AbortSignal,
): Promise<T> {
  parent?.throwIfAborted();
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent!.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineExceeded(ms);
      controller.abort(err);
      reject(err);
    }, ms);
  });

  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
    controller.abort();
  }
}

declare const optimiser: {
  solve(scan: Float32Array, opts: { signal: AbortSignal }): Promise<EdgerSolution>;
};

const FALLBACK_TRIM_MM = 12;

/** The board is on the chain; the edger needs an answer before it reaches the saws. */
export async function solveOrFallback(
  boardId: string,
  scan: Float32Array,
  budgetMs: number,
  shift: AbortSignal,
): Promise<EdgerSolution> {
  try {
    return await withDeadline((signal) => optimiser.solve(scan, { signal }), budgetMs, shift);
  } catch (err) {
    if (!(err instanceof DeadlineExceeded)) throw err;
    return { boardId, leftMm: FALLBACK_TRIM_MM, rightMm: FALLBACK_TRIM_MM, valueEur: 0 };
  }
}
