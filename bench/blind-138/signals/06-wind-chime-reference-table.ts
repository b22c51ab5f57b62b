// expect: none
// Every mirror request is tied to one controller that is aborted in finally once Promise.any settles, the caller's abort listener is removed, and a caller abort is re-thrown as its own reason rather than an AggregateError.
export interface TuningTable {
  note: string;
  temperament: 'equal' | 'just' | 'pythagorean';
  fundamentalHz: number;
  overtoneRatios: number[];
}

export class TableUnavailableError extends Error {
  constructor(readonly note: string, readonly failures: string[]) {
    super(`No mirror served the tuning table for ${note}: ${failures.join('; ')}`);
    this.name = 'TableUnavailableError';
  }
}

export async function fetchTuningTable(
  mirrors: string[],
  note: string,
  signal?: AbortSignal,
): Promise<TuningTable> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    return await Promise.any(
      mirrors.map(async (mirror) => {
        const res = await fetch(new URL(`/tables/${encodeURIComponent(note)}.json`, mirror), {
          signal: controller.signal,
        });
        if (!res.ok) throw new Error(`${mirror}: HTTP ${res.status}`);
        return (await res.json()) as TuningTable;
      }),
    );
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    const failures = err instanceof AggregateError ? err.errors.map((e) => String(e)) : [String(err)];
    throw new TableUnavailableError(note, failures);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

export function tubeLengthFor(table: TuningTable, referenceLengthMm: number, referenceHz: number): number {
  // Free-free bar modes: f ∝ 1/L², so L = Lref * sqrt(fref / f).
  return Math.round(referenceLengthMm * Math.sqrt(referenceHz / table.fundamentalHz) * 10) / 10;
}

export async function planChimeSet(
  mirrors: string[],
  notes: string[],
  reference: { lengthMm: number; hz: number },
  signal?: AbortSignal,
): Promise<Array<{ note: string; lengthMm: number }>> {
  const plan: Array<{ note: string; lengthMm: number }> = [];
  for (const note of notes) {
    const table = await fetchTuningTable(mirrors, note, signal);
    plan.push({ note, lengthMm: tubeLengthFor(table, reference.lengthMm, reference.hz) });
  }
  return plan;
}
