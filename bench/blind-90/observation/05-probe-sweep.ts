// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and `.value` is read without checking `status`, so an offline probe becomes an undefined temperature written to the log.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Box {
  id: string;
  probeUrl: string;
  origin: 'Criollo' | 'Trinitario' | 'Forastero';
  loadedAt: Date;
}

export interface ProbeReading {
  pulpTempC: number;
  ph: number;
}

declare const fermentLog: {
  insert(rows: { boxId: string; hour: number; tempC: number; ph: number }[]): Promise<void>;
};

async function readProbe(box: Box): Promise<ProbeReading> {
  const res = await fetch(`${box.probeUrl}/reading`, { signal: AbortSignal.timeout(4_000) });
  if (!res.ok) throw new Error(`probe ${box.id} answered ${res.status}`);
  return (await res.json()) as ProbeReading;
}

function hoursSince(d: Date): number {
  return Math.floor((Date.now() - d.getTime()) / 3_600_000);
}

export async function sweepOnce(boxes: Box[]) {
  const results = await Promise.allSettled(boxes.map((b) => readProbe(b)));

  const rows = results.map((r, i) => {
    const reading = (r as PromiseFulfilledResult<ProbeReading>).value;
    return {
      boxId: boxes[i].id,
      hour: hoursSince(boxes[i].loadedAt),
      tempC: reading?.pulpTempC,
      ph: reading?.ph,
    };
  });

  await fermentLog.insert(rows);

  const tooHot = rows.filter((r) => r.tempC > 50);
  const tooSour = rows.filter((r) => r.ph < 3.8);
  return { logged: rows.length, tooHot: tooHot.map((r) => r.boxId), tooSour: tooSour.map((r) => r.boxId) };
}

export async function runSweeps(boxes: Box[], everyMinutes: number, signal: AbortSignal) {
  while (!signal.aborted) {
    const summary = await sweepOnce(boxes);
    if (summary.tooHot.length) {
      console.warn(`turn boxes now (over 50°C): ${summary.tooHot.join(', ')}`);
    }
    if (summary.tooSour.length) {
      console.warn(`check aeration: ${summary.tooSour.join(', ')}`);
    }
    await sleep(everyMinutes * 60_000, undefined, { signal });
  }
}
