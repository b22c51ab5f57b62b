// expect: no-read-before-settle
// lineCount and initials are incremented in the readline 'line' handler but read synchronously right after it is attached, so every booking is for zero minutes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export type Script = 'uncial' | 'textura' | 'rotunda' | 'bastarda';

export interface TranscriptionJob {
  id: string;
  scribeId: string;
  script: Script;
  sourcePath: string;
}

export interface Booking {
  jobId: string;
  scribeId: string;
  minutes: number;
  slotStart: Date;
}

declare const scriptorium: {
  book(scribeId: string, minutes: number): Promise<Date>;
  confirm(booking: Booking): Promise<void>;
};

const MINUTES_PER_LINE: Record<Script, number> = {
  uncial: 4,
  textura: 6,
  rotunda: 5,
  bastarda: 3,
};

const MINUTES_PER_INITIAL = 45;

function isInitial(line: string): boolean {
  return /^\s*[A-Z]\s*$/.test(line) || line.startsWith('@initial ');
}

export async function bookTranscription(job: TranscriptionJob): Promise<Booking> {
  const input = createReadStream(job.sourcePath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let lineCount = 0;
  let initials = 0;
  rl.on('line', (line) => {
    if (line.trim().length === 0) return;
    if (isInitial(line)) {
      initials++;
      return;
    }
    lineCount++;
  });

  const minutes = lineCount * MINUTES_PER_LINE[job.script] + initials * MINUTES_PER_INITIAL;
  const [slotStart] = await Promise.all([scriptorium.book(job.scribeId, minutes), once(rl, 'close')]);

  const booking: Booking = { jobId: job.id, scribeId: job.scribeId, minutes, slotStart };
  await scriptorium.confirm(booking);
  return booking;
}

export async function bookAll(jobs: TranscriptionJob[]): Promise<Map<string, Booking[]>> {
  const byScribe = new Map<string, Booking[]>();
  for (const job of jobs) {
    const booking = await bookTranscription(job);
    const list = byScribe.get(job.scribeId) ?? [];
    list.push(booking);
    byScribe.set(job.scribeId, list);
  }
  return byScribe;
}
