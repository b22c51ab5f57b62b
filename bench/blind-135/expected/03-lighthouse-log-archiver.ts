// expect: none
// The retry helper takes a function and calls it again on every attempt, and each call site passes a closure, so every retry issues a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface LogbookPage {
  station: string;
  date: string;
  entries: Array<{ time: string; keeper: string; text: string }>;
}

export interface LogbookApi {
  page(station: string, date: string): Promise<LogbookPage>;
  stations(): Promise<string[]>;
}

export interface RetryOptions {
  attempts: number;
  delayMs: number;
}

export async function retry<T>(op: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (attempt < opts.attempts) await sleep(opts.delayMs * attempt);
    }
  }
  throw lastError;
}

export class LogbookArchiver {
  constructor(
    private api: LogbookApi,
    private archiveDir: string,
    private retryOpts: RetryOptions = { attempts: 3, delayMs: 500 },
  ) {}

  async archiveDay(date: string): Promise<{ written: string[]; empty: string[] }> {
    const stations = await retry(() => this.api.stations(), this.retryOpts);
    const written: string[] = [];
    const empty: string[] = [];
    await mkdir(path.join(this.archiveDir, date), { recursive: true });

    for (const station of stations) {
      const page = await retry(() => this.api.page(station, date), this.retryOpts);
      if (page.entries.length === 0) {
        empty.push(station);
        continue;
      }
      const file = path.join(this.archiveDir, date, `${station}.txt`);
      const text = page.entries.map((e) => `${e.time}  ${e.keeper.padEnd(12)} ${e.text}`).join('\n');
      await writeFile(file, `${station} — ${date}\n\n${text}\n`, 'utf8');
      written.push(file);
    }
    return { written, empty };
  }
}
