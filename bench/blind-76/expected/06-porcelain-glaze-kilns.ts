// expect: no-reused-settled-promise
// archiveFiring starts one upload before the retry loop and re-awaits that same rejected promise on every attempt, so the retries never re-upload.
import { setTimeout as delay } from 'node:timers/promises';

export interface FiringSegment {
  rampCPerHour: number;
  targetC: number;
  holdMinutes: number;
}

export interface FiringLog {
  id: string;
  kilnId: string;
  glaze: 'celadon' | 'tenmoku' | 'shino' | 'clear';
  cone: number;
  schedule: FiringSegment[];
  samples: { minute: number; tempC: number }[];
  finishedAt: Date;
}

declare const archive: {
  put(key: string, body: string, contentType: string): Promise<{ etag: string }>;
};

declare const kilnLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 4;

function isTransient(err: unknown): boolean {
  const status = (err as { status?: number }).status;
  const code = (err as NodeJS.ErrnoException).code;
  return status === 429 || (status !== undefined && status >= 500) || code === 'ECONNRESET' || code === 'ETIMEDOUT';
}

function backoff(attempt: number): number {
  return Math.min(8_000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

function peakTemperature(log: FiringLog): number {
  return log.samples.reduce((max, s) => Math.max(max, s.tempC), 0);
}

function serialise(log: FiringLog): string {
  return JSON.stringify({
    ...log,
    finishedAt: log.finishedAt.toISOString(),
    peakC: peakTemperature(log),
    durationMinutes: log.samples.at(-1)?.minute ?? 0,
  });
}

export async function archiveFiring(log: FiringLog): Promise<string> {
  const key = `firings/${log.kilnId}/${log.finishedAt.getUTCFullYear()}/${log.id}.json`;
  const upload = archive.put(key, serialise(log), 'application/json');

  for (let attempt = 1; ; attempt++) {
    try {
      const { etag } = await upload;
      return etag;
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isTransient(err)) throw err;
      kilnLog.warn('firing archive upload failed, retrying', { key, attempt, err });
      await delay(backoff(attempt));
    }
  }
}

export function validateSchedule(schedule: FiringSegment[], cone: number): string[] {
  const problems: string[] = [];
  const coneTargets: Record<number, number> = { 6: 1222, 10: 1285, 5: 1196, 4: 1162 };
  const last = schedule.at(-1);
  if (!last) return ['schedule is empty'];
  const expected = coneTargets[cone];
  if (expected !== undefined && Math.abs(last.targetC - expected) > 15) {
    problems.push(`final segment ${last.targetC}C does not match cone ${cone} (${expected}C)`);
  }
  schedule.forEach((seg, i) => {
    if (seg.rampCPerHour > 300) problems.push(`segment ${i + 1} ramps too fast for glaze crazing safety`);
  });
  return problems;
}
