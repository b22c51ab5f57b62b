// expect: no-multiple-settle
// fireKiln uses an async executor that awaits loadSchedule() before wiring reject: if loading fails the rejection is lost and the returned promise never settles.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FiringSegment {
  rampCPerHour: number;
  targetC: number;
  holdMinutes: number;
}

export interface FiringSchedule {
  name: string;
  segments: FiringSegment[];
}

export interface FiringReport {
  schedule: string;
  peakC: number;
  durationMinutes: number;
}

export interface KilnController extends EventEmitter {
  readonly id: string;
  run(schedule: FiringSchedule): void;
  abort(): void;
}

const SCHEDULE_DIR = process.env.KILN_SCHEDULES ?? '/srv/studio/kiln-schedules';

async function loadSchedule(name: string): Promise<FiringSchedule> {
  const raw = await readFile(path.join(SCHEDULE_DIR, `${name}.json`), 'utf8');
  const schedule = JSON.parse(raw) as FiringSchedule;
  if (!schedule.segments?.length) {
    throw new Error(`schedule ${name} has no segments`);
  }
  for (const seg of schedule.segments) {
    if (seg.targetC > 820) throw new Error(`schedule ${name} exceeds float-glass limit`);
  }
  return schedule;
}

export function fireKiln(kiln: KilnController, scheduleName: string): Promise<FiringReport> {
  return new Promise(async (resolve, reject) => {
    const schedule = await loadSchedule(scheduleName);
    const started = Date.now();
    let peakC = 0;

    const onTemp = (c: number) => {
      peakC = Math.max(peakC, c);
    };
    const cleanup = () => {
      kiln.off('temperature', onTemp);
      kiln.off('complete', onComplete);
      kiln.off('fault', onFault);
    };
    const onComplete = () => {
      cleanup();
      resolve({
        schedule: schedule.name,
        peakC,
        durationMinutes: Math.round((Date.now() - started) / 60_000),
      });
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };

    kiln.on('temperature', onTemp);
    kiln.once('complete', onComplete);
    kiln.once('fault', onFault);
    kiln.run(schedule);
  });
}

export async function fuseOrder(
  kiln: KilnController,
  orderId: string,
  panels: number,
): Promise<FiringReport> {
  const scheduleName = panels > 4 ? 'full-fuse-slow' : 'full-fuse';
  console.log(`[studio] kiln ${kiln.id}: firing order ${orderId} with ${scheduleName}`);
  const report = await fireKiln(kiln, scheduleName);
  console.log(`[studio] order ${orderId} fired, peak ${report.peakC}C in ${report.durationMinutes} min`);
  return report;
}
