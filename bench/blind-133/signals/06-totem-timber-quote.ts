// expect: none
// The race's timeout timer is cleared, the losing supplier requests are aborted through a shared controller and the forwarded abort listener is removed in finally, so nothing outlives the race.
export interface TimberSpec {
  species: 'western-red-cedar' | 'yellow-cedar';
  lengthM: number;
  minDiameterCm: number;
  maxKnotsPerMetre: number;
}

export interface TimberQuote {
  supplier: string;
  logId: string;
  priceCad: number;
  deliveryDays: number;
}

export interface TimberSupplier {
  name: string;
  quote(spec: TimberSpec, options: { signal: AbortSignal }): Promise<TimberQuote>;
}

export async function firstTimberQuote(
  suppliers: TimberSupplier[],
  spec: TimberSpec,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<TimberQuote> {
  signal?.throwIfAborted();
  if (suppliers.length === 0) throw new Error('no timber suppliers configured');

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no cedar quote for ${spec.lengthM}m within ${timeoutMs}ms`)),
      timeoutMs,
    );
  });

  try {
    const quotes = suppliers.map((s) => s.quote(spec, { signal: controller.signal }));
    return await Promise.race([Promise.any(quotes), timeout]);
  } catch (err) {
    signal?.throwIfAborted();
    throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal?.removeEventListener('abort', forwardAbort);
  }
}

export async function costCommission(
  suppliers: TimberSupplier[],
  spec: TimberSpec,
  carvingDays: number,
  dayRateCad: number,
  signal?: AbortSignal,
): Promise<{ timber: TimberQuote; totalCad: number; readyInDays: number }> {
  const timber = await firstTimberQuote(suppliers, spec, 20_000, signal);
  return {
    timber,
    totalCad: timber.priceCad + carvingDays * dayRateCad,
    readyInDays: timber.deliveryDays + carvingDays,
  };
}
