// expect: none
// The readFile callback stores the parsed program and settles the wrapping promise, and describeRecital only reads the stored program after awaiting that promise.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface ProgramPiece {
  title: string;
  composer: string;
  durationSec: number;
  notes?: string;
}

export interface RecitalProgram {
  recitalId: string;
  carillonneur: string;
  tower: string;
  pieces: ProgramPiece[];
}

function parseProgram(text: string, recitalId: string): RecitalProgram {
  const data = JSON.parse(text) as Partial<RecitalProgram>;
  if (!data.carillonneur || !data.tower || !Array.isArray(data.pieces)) {
    throw new Error(`program ${recitalId} is missing carillonneur, tower or pieces`);
  }
  return { recitalId, carillonneur: data.carillonneur, tower: data.tower, pieces: data.pieces };
}

function totalSeconds(program: RecitalProgram): number {
  return program.pieces.reduce((sum, p) => sum + p.durationSec, 0);
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export class ProgramNotes {
  private readonly programs = new Map<string, RecitalProgram>();

  constructor(private readonly dir: string) {}

  loadProgram(recitalId: string): Promise<number> {
    return new Promise((resolve, reject) => {
      readFile(join(this.dir, `${recitalId}.json`), 'utf8', (err, text) => {
        if (err) {
          reject(err);
          return;
        }
        let program: RecitalProgram;
        try {
          program = parseProgram(text, recitalId);
        } catch (parseErr) {
          reject(parseErr);
          return;
        }
        this.programs.set(recitalId, program);
        resolve(totalSeconds(program));
      });
    });
  }

  async describeRecital(recitalId: string): Promise<string> {
    const seconds = await this.loadProgram(recitalId);
    const program = this.programs.get(recitalId);
    if (!program) throw new Error(`program ${recitalId} vanished after loading`);
    const lines = program.pieces.map((p) => `${p.title} — ${p.composer} (${clock(p.durationSec)})${p.notes ? `\n   ${p.notes}` : ''}`);
    return [`${program.tower}: ${program.carillonneur}`, ...lines, `Total ${clock(seconds)}`].join('\n');
  }
}
