// expect: no-swallowed-abort
// The retry helper catches every error, including the AbortError raised when the caller cancels, and simply tries again instead of stopping.

interface RetryPolicy {
  retries: number;
  signal: AbortSignal;
}

declare function logWarn(msg: string, meta?: Record<string, unknown>): void;

export async function withRetries<T>(
  op: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= policy.retries; i++) {
    try {
      return await op(policy.signal);
    } catch (err) {
      lastError = err;
      logWarn("operation failed, retrying", { attempt: i + 1, error: String(err) });
    }
  }
  throw lastError;
}

export function fetchInvoice(id: string, signal: AbortSignal): Promise<unknown> {
  return withRetries(
    async (s) => {
      const res = await fetch(`https://billing.internal/invoices/${id}`, { signal: s });
      if (!res.ok) throw new Error(`invoice ${id}: ${res.status}`);
      return res.json();
    },
    { retries: 3, signal },
  );
}
