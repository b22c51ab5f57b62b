// expect: none
// The deferred is settled through a single finish() guard fed only by the readline 'close' and the input/readline 'error' events, and per-line parse failures are counted rather than rejecting, so the index promise settles exactly once.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ScoreEntry {
  id: string;
  title: string;
  composer: string;
  voicing: 'SATB' | 'SSA' | 'TTBB' | 'unison';
  copies: number;
}

const VOICINGS = new Set(['SATB', 'SSA', 'TTBB', 'unison']);

function parseLine(line: string): ScoreEntry {
  const [id, title, composer, voicing, copies] = line.split('\t');
  if (!id || !title || !VOICINGS.has(voicing ?? '')) {
    throw new Error(`unreadable catalogue line: ${line.slice(0, 40)}`);
  }
  return { id, title, composer: composer || 'anon.', voicing: voicing as ScoreEntry['voicing'], copies: Number(copies) || 0 };
}

export class ScoreIndex {
  private readonly loaded = Promise.withResolvers<Map<string, ScoreEntry>>();
  private started = false;
  skipped = 0;

  load(path: string): Promise<Map<string, ScoreEntry>> {
    if (this.started) return this.loaded.promise;
    this.started = true;

    const entries = new Map<string, ScoreEntry>();
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let done = false;

    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      rl.close();
      if (err) this.loaded.reject(err);
      else this.loaded.resolve(entries);
    };

    rl.on('line', (line) => {
      if (!line.trim() || line.startsWith('#')) return;
      try {
        const entry = parseLine(line);
        entries.set(entry.id, entry);
      } catch {
        this.skipped += 1;
      }
    });
    rl.once('close', () => finish(null));
    rl.once('error', (err) => finish(err));
    input.once('error', (err) => finish(err));

    return this.loaded.promise;
  }

  async find(path: string, query: string): Promise<ScoreEntry[]> {
    const entries = await this.load(path);
    const q = query.toLowerCase();
    return [...entries.values()].filter(
      (e) => e.title.toLowerCase().includes(q) || e.composer.toLowerCase().includes(q),
    );
  }

  async borrowable(path: string, voicing: ScoreEntry['voicing'], singers: number): Promise<ScoreEntry[]> {
    const entries = await this.load(path);
    return [...entries.values()].filter((e) => e.voicing === voicing && e.copies >= singers);
  }
}
