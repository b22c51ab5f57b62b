// expect: none
// correct: the poll loop requests a fresh scan status on every iteration and the retry helper invokes its operation anew per attempt.
export interface BulbScan {
  trayId: string;
  state: 'queued' | 'scanning' | 'done' | 'failed';
  bulbs?: Array<{ circumferenceCm: number; mouldSpots: number }>;
}

export type Grade = '12+' | '11/12' | '10/11' | '9/10' | 'reject';

declare const graderApi: {
  startScan(trayId: string): Promise<{ scanId: string }>;
  scanStatus(scanId: string): Promise<BulbScan>;
  publishGrades(trayId: string, grades: Record<Grade, number>): Promise<void>;
};

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function attempt<T>(operation: () => Promise<T>, tries: number): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await operation();
    } catch (err) {
      if (i >= tries) throw err;
      await pause(250 * i);
    }
  }
}

export async function pollScan(scanId: string, intervalMs = 1_000, timeoutMs = 120_000): Promise<BulbScan> {
  const started = Date.now();
  for (;;) {
    const status = await attempt(() => graderApi.scanStatus(scanId), 3);
    if (status.state === 'done') return status;
    if (status.state === 'failed') throw new Error(`scan ${scanId} failed on tray ${status.trayId}`);
    if (Date.now() - started > timeoutMs) {
      throw new Error(`scan ${scanId} still ${status.state} after ${timeoutMs} ms`);
    }
    await pause(intervalMs);
  }
}

export function gradeBulb(circumferenceCm: number, mouldSpots: number): Grade {
  if (mouldSpots > 2) return 'reject';
  if (circumferenceCm >= 12) return '12+';
  if (circumferenceCm >= 11) return '11/12';
  if (circumferenceCm >= 10) return '10/11';
  if (circumferenceCm >= 9) return '9/10';
  return 'reject';
}

export async function gradeTray(trayId: string): Promise<Record<Grade, number>> {
  const { scanId } = await attempt(() => graderApi.startScan(trayId), 2);
  const scan = await pollScan(scanId);

  const counts: Record<Grade, number> = { '12+': 0, '11/12': 0, '10/11': 0, '9/10': 0, reject: 0 };
  for (const bulb of scan.bulbs ?? []) {
    counts[gradeBulb(bulb.circumferenceCm, bulb.mouldSpots)] += 1;
  }

  await graderApi.publishGrades(trayId, counts);
  return counts;
}
