// expect: none
// readWithTimeout clears its timer and aborts the scale request in finally, so neither loser of the race outlives it; the caller's signal is linked in.

export interface WeightReading {
  scaleId: string;
  grams: number;
  stable: boolean;
  at: number;
}

declare const scaleHub: {
  read(scaleId: string, options: { signal: AbortSignal }): Promise<WeightReading>;
  tare(scaleId: string, options: { signal: AbortSignal }): Promise<void>;
};

export class ScaleTimeoutError extends Error {
  constructor(readonly scaleId: string, readonly ms: number) {
    super(`scale ${scaleId} gave no stable reading within ${ms}ms`);
  }
}

export async function readWithTimeout(scaleId: string, ms: number, signal?: AbortSignal): Promise<WeightReading> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const linked = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      scaleHub.read(scaleId, { signal: linked }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ScaleTimeoutError(scaleId, ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export interface Weighing {
  spice: string;
  netGrams: number;
  pricePerKg: number;
  total: number;
}

export async function weighSale(
  scaleId: string,
  spice: string,
  pricePerKg: number,
  tareGrams: number,
  signal: AbortSignal,
): Promise<Weighing> {
  let reading = await readWithTimeout(scaleId, 2000, signal);
  for (let i = 0; !reading.stable && i < 5; i++) {
    reading = await readWithTimeout(scaleId, 2000, signal);
  }
  if (!reading.stable) {
    throw new Error(`scale ${scaleId} would not settle; check for drafts around the stall`);
  }
  const netGrams = Math.max(0, reading.grams - tareGrams);
  const total = Math.round(netGrams * pricePerKg) / 1000;
  return { spice, netGrams, pricePerKg, total: Math.round(total * 100) / 100 };
}

export async function tareAll(scaleIds: string[], signal: AbortSignal): Promise<void> {
  for (const scaleId of scaleIds) {
    await scaleHub.tare(scaleId, { signal });
  }
}

export function receiptLine(w: Weighing): string {
  const kg = (w.netGrams / 1000).toFixed(3);
  return `${w.spice.padEnd(20)} ${kg} kg @ ${w.pricePerKg.toFixed(2)}/kg  ${w.total.toFixed(2)}`;
}
