// expect: none
// The race between the flag fetch and the deadline is cleaned up in finally: the deadline timer is cleared and the losing request is aborted through the shared controller, which is also linked to the caller's signal.
export type Flags = Record<string, boolean | string | number>;

declare const flagCache: {
  read(env: string): Promise<Flags | undefined>;
  write(env: string, flags: Flags): Promise<void>;
};

const DEFAULT_FLAGS: Flags = { newCheckout: false, searchBackend: 'legacy', maxCartItems: 50 };

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

async function fetchFlags(env: string, signal: AbortSignal): Promise<Flags> {
  const res = await fetch(`https://flags.internal/api/v2/environments/${env}/flags`, { signal });
  if (!res.ok) throw new Error(`flag service returned ${res.status}`);
  return (await res.json()) as Flags;
}

export async function bootstrapFlags(env: string, opts: { deadlineMs: number; signal?: AbortSignal }): Promise<Flags> {
  opts.signal?.throwIfAborted();
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onParentAbort, { once: true });
  let deadline: ReturnType<typeof setTimeout> | undefined;

  try {
    const flags = await Promise.race([
      fetchFlags(env, controller.signal),
      new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new DeadlineExceeded(`flags not ready in ${opts.deadlineMs}ms`)), opts.deadlineMs);
      }),
    ]);
    await flagCache.write(env, flags);
    return flags;
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    console.warn(`[flags] falling back to cache for ${env}:`, err);
    return (await flagCache.read(env)) ?? DEFAULT_FLAGS;
  } finally {
    clearTimeout(deadline);
    controller.abort();
    opts.signal?.removeEventListener('abort', onParentAbort);
  }
}
