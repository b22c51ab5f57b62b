// expect: require-signal-propagation
// RehearsalSync owns an AbortController and passes its signal to fetch, but the wait between polls is a plain timer, so stop() still waits out the full interval.
import { writeFile } from 'node:fs/promises';

export interface RehearsalCall {
  date: string;
  startsAt: string;
  scene: string;
  puppeteers: string[];
  puppets: string[];
  room: 'main-stage' | 'workshop' | 'rig-loft';
}

export interface SyncOptions {
  feedUrl: string;
  outFile: string;
  intervalMs?: number;
  onChange?: (calls: RehearsalCall[]) => void;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class RehearsalSync {
  #controller = new AbortController();
  #etag: string | null = null;
  #done: Promise<void> | null = null;

  constructor(private readonly opts: SyncOptions) {}

  start(): void {
    this.#done ??= this.#loop().catch((err) => {
      if (!this.#controller.signal.aborted) console.error('[theatre] rehearsal sync stopped', err);
    });
  }

  async stop(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }

  async #pollOnce(signal: AbortSignal): Promise<RehearsalCall[] | null> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#etag) headers['if-none-match'] = this.#etag;
    const res = await fetch(this.opts.feedUrl, { headers, signal });
    if (res.status === 304) return null;
    if (!res.ok) throw new Error(`rehearsal feed returned ${res.status}`);
    this.#etag = res.headers.get('etag');
    return (await res.json()) as RehearsalCall[];
  }

  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    const interval = this.opts.intervalMs ?? 5 * 60_000;
    while (!signal.aborted) {
      try {
        const calls = await this.#pollOnce(signal);
        if (calls) {
          const ordered = [...calls].sort((a, b) => `${a.date}${a.startsAt}`.localeCompare(`${b.date}${b.startsAt}`));
          await writeFile(this.opts.outFile, JSON.stringify(ordered, null, 2), { signal });
          this.opts.onChange?.(ordered);
        }
      } catch (err) {
        if (signal.aborted) return;
        console.warn('[theatre] rehearsal poll failed, retrying next interval', err);
      }
      await wait(interval);
    }
  }
}
