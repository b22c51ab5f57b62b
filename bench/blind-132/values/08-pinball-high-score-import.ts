// expect: no-read-before-settle
// The scores array is filled by readline 'line' events, but the summary reads it synchronously right after the listener is attached, before any line has been read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EventEmitter } from 'node:events';

export interface ScoreLine {
  machine: string;
  initials: string;
  score: number;
  playedAt: string;
}

export interface ScoreDb {
  ensureTable(name: string): Promise<void>;
  insertMany(table: string, rows: ScoreLine[]): Promise<number>;
}

export interface ImportSummary {
  file: string;
  rows: number;
  best?: ScoreLine;
  machines: string[];
}

export function parseScoreLine(line: string): ScoreLine | undefined {
  // exported by the operator menu as: MACHINE|INI|SCORE|ISO-DATE
  const parts = line.split('|');
  if (parts.length !== 4) return undefined;
  const score = Number(parts[2].replace(/,/g, ''));
  if (!Number.isSafeInteger(score) || score <= 0) return undefined;
  return { machine: parts[0].trim(), initials: parts[1].trim().toUpperCase(), score, playedAt: parts[3].trim() };
}

export class HighScoreImporter extends EventEmitter {
  constructor(private readonly db: ScoreDb, private readonly table = 'high_scores') {
    super();
  }

  async importFile(path: string): Promise<ImportSummary> {
    await this.db.ensureTable(this.table);

    const scores: ScoreLine[] = [];
    const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    rl.on('line', (line) => {
      const parsed = parseScoreLine(line);
      if (parsed) scores.push(parsed);
      else this.emit('skipped', line);
    });

    let best: ScoreLine | undefined;
    for (const s of scores) {
      if (!best || s.score > best.score) best = s;
    }
    const machines = [...new Set(scores.map((s) => s.machine))].sort();

    const rows = scores.length ? await this.db.insertMany(this.table, scores) : 0;
    return { file: path, rows, best, machines };
  }
}
