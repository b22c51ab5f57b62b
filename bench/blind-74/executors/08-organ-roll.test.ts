// expect: no-multiple-settle
// collectNotes() resolves from a persistent 'note' listener with a >= check, so every note after the count calls resolve again and the listener is never removed.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface Note {
  pipe: string;
  bar: number;
  durationTicks: number;
}

// Minimal model of a punched book-music roll: each row is a bar, each hole a pipe.
class RollReader extends EventEmitter {
  private position = 0;

  constructor(
    private readonly rows: string[],
    private readonly pipes: string[],
    private readonly tickMs = 1,
  ) {
    super();
  }

  play(): void {
    const step = () => {
      if (this.position >= this.rows.length) {
        this.emit('end', this.position);
        return;
      }
      const bar = this.position++;
      this.rows[bar].split('').forEach((cell, i) => {
        if (cell === 'o') this.emit('note', { pipe: this.pipes[i], bar, durationTicks: 1 } satisfies Note);
        if (cell === '=') this.emit('note', { pipe: this.pipes[i], bar, durationTicks: 2 } satisfies Note);
      });
      setTimeout(step, this.tickMs);
    };
    setTimeout(step, this.tickMs);
  }
}

function collectNotes(reader: RollReader, count: number): Promise<Note[]> {
  return new Promise<Note[]>((resolve) => {
    const notes: Note[] = [];
    reader.on('note', (note: Note) => {
      notes.push(note);
      if (notes.length >= count) resolve(notes.slice(0, count));
    });
  });
}

async function waitForEnd(reader: RollReader): Promise<number> {
  const [bars] = (await once(reader, 'end')) as [number];
  return bars;
}

const PIPES = ['C4', 'D4', 'E4', 'G4', 'A4'];

describe('RollReader', () => {
  let reader: RollReader;

  beforeEach(() => {
    reader = new RollReader(['o....', '.o...', '..=..', '...oo', 'o...o'], PIPES);
  });

  it('emits notes in bar order', async () => {
    const firstFour = collectNotes(reader, 4);
    reader.play();
    const notes = await firstFour;
    expect(notes.map((n) => n.pipe)).toEqual(['C4', 'D4', 'E4', 'G4']);
    expect(notes.map((n) => n.bar)).toEqual([0, 1, 2, 3]);
  });

  it('marks sustained holes with a longer duration', async () => {
    const firstThree = collectNotes(reader, 3);
    reader.play();
    const notes = await firstThree;
    expect(notes[2].durationTicks).toBe(2);
  });

  it('reports the number of bars at the end of the roll', async () => {
    const ended = waitForEnd(reader);
    reader.play();
    expect(await ended).toBe(5);
  });

  it('plays chords as simultaneous notes in the same bar', async () => {
    const all = collectNotes(reader, 7);
    reader.play();
    const notes = await all;
    expect(notes).toHaveLength(7);
    expect(notes.filter((n) => n.bar === 3).map((n) => n.pipe)).toEqual(['G4', 'A4']);
  });
});
