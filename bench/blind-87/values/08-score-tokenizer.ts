// expect: none
// The 'note' listener fires synchronously inside feed(), so `notes` is complete when read; the tempo map written in .then() is read only after that promise is awaited.
import { EventEmitter } from 'node:events';

export interface Note {
  bar: number;
  beat: number;
  bell: number;
  duration: number;
  dynamic: 'pp' | 'p' | 'mp' | 'mf' | 'f' | 'ff';
}

declare const archive: { tempoMarks(scoreId: string): Promise<Array<{ bar: number; bpm: number }>> };

/** Parses the tower's plain-text score format, emitting notes as it goes. Entirely synchronous. */
export class ScoreTokenizer extends EventEmitter {
  private bar = 1;

  feed(text: string): void {
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      if (line === '|') {
        this.bar += 1;
        continue;
      }
      const m = /^(\d+(?:\.\d+)?)\s+b(\d+)\s+(\d+(?:\.\d+)?)\s+(pp|p|mp|mf|f|ff)$/.exec(line);
      if (!m) {
        this.emit('warning', `bar ${this.bar}: cannot parse "${line}"`);
        continue;
      }
      this.emit('note', {
        bar: this.bar,
        beat: Number(m[1]),
        bell: Number(m[2]),
        duration: Number(m[3]),
        dynamic: m[4] as Note['dynamic'],
      } satisfies Note);
    }
  }
}

export function parseScore(text: string): { notes: Note[]; warnings: string[] } {
  const notes: Note[] = [];
  const warnings: string[] = [];
  const tokenizer = new ScoreTokenizer();
  tokenizer.on('note', (n: Note) => notes.push(n));
  tokenizer.on('warning', (w: string) => warnings.push(w));
  tokenizer.feed(text);
  return { notes, warnings };
}

export async function recitalDurationSeconds(scoreId: string, text: string, beatsPerBar = 4): Promise<number> {
  let tempo = new Map<number, number>();
  const tempoLoaded = archive.tempoMarks(scoreId).then((marks) => {
    tempo = new Map(marks.map((m) => [m.bar, m.bpm]));
  });

  const { notes } = parseScore(text);
  await tempoLoaded;

  const lastBar = notes.reduce((max, n) => Math.max(max, n.bar), 0);
  let seconds = 0;
  let bpm = tempo.get(1) ?? 72;
  for (let bar = 1; bar <= lastBar; bar++) {
    bpm = tempo.get(bar) ?? bpm;
    seconds += (beatsPerBar * 60) / bpm;
  }
  return Math.round(seconds);
}
