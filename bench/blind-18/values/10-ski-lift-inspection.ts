// expect: none
// Every async lookup is awaited before it is tested, compared, defaulted with ?? or ||, or put in the logged report.
import { appendFile } from 'node:fs/promises';

interface RopeTensionReading {
  liftId: string;
  kN: number;
  at: Date;
}

interface InspectionReport {
  liftId: string;
  inspector: string;
  tensionKn: number;
  grips: number;
  openForPublic: boolean;
  notes: string;
}

declare const sensors: {
  ropeTension(liftId: string): Promise<RopeTensionReading | null>;
  failedGripCount(liftId: string): Promise<number>;
};

declare const rota: {
  onDuty(liftId: string): Promise<string | undefined>;
  isLockedOut(liftId: string): Promise<boolean>;
};

const TENSION_WINDOW: Record<string, [number, number]> = {
  'chair-4': [310, 355],
  'gondola-1': [520, 590],
};

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function morningInspection(liftId: string, logPath: string): Promise<InspectionReport> {
  if (await rota.isLockedOut(liftId)) {
    throw new Error(`${liftId} is under lockout-tagout; inspection must wait`);
  }

  const inspector = (await rota.onDuty(liftId)) || 'duty-supervisor';
  const reading = await withTimeout(sensors.ropeTension(liftId), 5_000, `tension ${liftId}`);
  const tensionKn = reading?.kN ?? Number.NaN;
  const grips = await sensors.failedGripCount(liftId);

  const window = TENSION_WINDOW[liftId];
  const notes: string[] = [];
  if (!window) notes.push('no tension window configured');
  else if (!(tensionKn >= window[0] && tensionKn <= window[1])) {
    notes.push(`rope tension ${tensionKn}kN outside ${window[0]}-${window[1]}kN`);
  }
  if (grips > 0) notes.push(`${grips} grip(s) failed slip test`);

  const report: InspectionReport = {
    liftId,
    inspector,
    tensionKn,
    grips,
    openForPublic: notes.length === 0,
    notes: notes.join('; '),
  };

  await appendFile(logPath, JSON.stringify({ ...report, at: new Date().toISOString() }) + '\n');
  return report;
}
