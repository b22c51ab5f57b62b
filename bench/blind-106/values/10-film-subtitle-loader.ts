// expect: no-read-before-settle
// this.cues is only replaced in the readline 'close' handler, which fires after the file has been read, but load() reads this.cues.length right away and reports the previous film's cue count (0 on first load).
import { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Cue {
  index: number;
  startMs: number;
  endMs: number;
  lines: string[];
}

const TIMING = /^(\d{2}):(\d{2}):(\d{2})[,.](\d{3}) --> (\d{2}):(\d{2}):(\d{2})[,.](\d{3})/;

function toMs(h: string, m: string, s: string, ms: string): number {
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

export class SubtitleTrackLoader extends EventEmitter {
  private cues: Cue[] = [];

  load(path: string): { path: string; cueCount: number } {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const parsed: Cue[] = [];
    let current: Cue | null = null;

    rl.on('line', (line) => {
      const timing = TIMING.exec(line);
      if (timing) {
        current = {
          index: parsed.length + 1,
          startMs: toMs(timing[1], timing[2], timing[3], timing[4]),
          endMs: toMs(timing[5], timing[6], timing[7], timing[8]),
          lines: [],
        };
        parsed.push(current);
      } else if (line.trim() === '') {
        current = null;
      } else if (current && !/^\d+$/.test(line)) {
        current.lines.push(line);
      }
    });
    rl.once('close', () => {
      this.cues = parsed;
      this.emit('loaded', path, parsed.length);
    });
    rl.once('error', (err) => this.emit('error', err));

    return { path, cueCount: this.cues.length };
  }

  cueAt(ms: number): Cue | undefined {
    return this.cues.find((c) => c.startMs <= ms && ms < c.endMs);
  }

  overlaps(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 1; i < this.cues.length; i++) {
      if (this.cues[i].startMs < this.cues[i - 1].endMs) out.push([this.cues[i - 1].index, this.cues[i].index]);
    }
    return out;
  }
}
