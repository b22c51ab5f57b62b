// expect: require-signal-propagation
// pollVacuum checks opts.signal at the top of each loop and passes it to fetch, but waits between polls with a bare setTimeout promise that ignores the signal, so an abort can sit unnoticed for a whole interval.
export interface VacuumReading {
  mainline: string;
  inHg: number;
  sapFlowLph: number;
  at: string;
}

export interface PollOptions {
  signal?: AbortSignal;
  intervalMs?: number;
  minInHg?: number;
  onLeak?: (reading: VacuumReading) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readVacuum(base: string, mainline: string, signal?: AbortSignal): Promise<VacuumReading> {
  const res = await fetch(`${base}/mainlines/${encodeURIComponent(mainline)}/vacuum`, { signal });
  if (!res.ok) throw new Error(`vacuum gauge ${mainline}: HTTP ${res.status}`);
  return (await res.json()) as VacuumReading;
}

/**
 * Watches the sugarbush tubing network during a run. A sudden drop in vacuum
 * usually means a squirrel chewed a lateral line; the crew gets paged.
 */
export async function pollVacuum(
  base: string,
  mainlines: string[],
  opts: PollOptions = {},
): Promise<Map<string, VacuumReading>> {
  const { signal, intervalMs = 60_000, minInHg = 22, onLeak } = opts;
  const latest = new Map<string, VacuumReading>();
  const alerted = new Set<string>();

  while (!signal?.aborted) {
    const readings = await Promise.all(mainlines.map((m) => readVacuum(base, m, signal)));

    for (const reading of readings) {
      const previous = latest.get(reading.mainline);
      latest.set(reading.mainline, reading);

      const dropped = previous !== undefined && previous.inHg - reading.inHg > 3;
      if ((reading.inHg < minInHg || dropped) && !alerted.has(reading.mainline)) {
        alerted.add(reading.mainline);
        onLeak?.(reading);
      } else if (reading.inHg >= minInHg) {
        alerted.delete(reading.mainline);
      }
    }

    await sleep(intervalMs);
  }

  return latest;
}

export function leakPage(reading: VacuumReading): string {
  const flow = reading.sapFlowLph > 0 ? `, sap still flowing at ${reading.sapFlowLph} L/h` : '';
  return `Vacuum low on ${reading.mainline}: ${reading.inHg} inHg${flow} — walk the laterals`;
}
