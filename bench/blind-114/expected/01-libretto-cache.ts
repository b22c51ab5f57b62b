// expect: none
// The stored promise is deliberately shared so each libretto is fetched once, and a failed load is evicted so the next call starts a fresh request instead of re-awaiting the failure.
import { readFile } from 'node:fs/promises';

export interface LibrettoLine {
  cue: number;
  role: string;
  original: string;
  translations: Record<string, string>;
}

export interface Libretto {
  production: string;
  composer: string;
  acts: LibrettoLine[][];
}

export class LibrettoCache {
  private readonly loads = new Map<string, Promise<Libretto>>();

  constructor(
    private readonly archiveUrl: string,
    private readonly localDir?: string,
  ) {}

  load(production: string): Promise<Libretto> {
    let pending = this.loads.get(production);
    if (!pending) {
      pending = this.fetchLibretto(production);
      this.loads.set(production, pending);
      pending.catch(() => {
        if (this.loads.get(production) === pending) this.loads.delete(production);
      });
    }
    return pending;
  }

  async line(production: string, act: number, cue: number, lang: string): Promise<string> {
    const libretto = await this.load(production);
    const entry = libretto.acts[act - 1]?.find((l) => l.cue === cue);
    if (!entry) throw new Error(`${production}: no cue ${cue} in act ${act}`);
    return entry.translations[lang] ?? entry.original;
  }

  async warm(productions: string[], attempts = 2): Promise<string[]> {
    const failed: string[] = [];
    for (const production of productions) {
      let ok = false;
      for (let i = 0; i < attempts && !ok; i++) {
        try {
          await this.load(production);
          ok = true;
        } catch {
          ok = false;
        }
      }
      if (!ok) failed.push(production);
    }
    return failed;
  }

  private async fetchLibretto(production: string): Promise<Libretto> {
    if (this.localDir) {
      try {
        return JSON.parse(await readFile(`${this.localDir}/${production}.json`, 'utf8')) as Libretto;
      } catch {
        // fall through to the archive
      }
    }
    const res = await fetch(`${this.archiveUrl}/librettos/${encodeURIComponent(production)}`);
    if (!res.ok) throw new Error(`libretto archive returned ${res.status} for ${production}`);
    return (await res.json()) as Libretto;
  }
}
