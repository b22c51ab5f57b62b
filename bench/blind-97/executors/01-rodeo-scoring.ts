// expect: no-multiple-settle
// The execFile callback rejects on a failed tally but falls through to resolve(parseTally(stdout)), so a judge-tally crash also runs the parser on partial output, which can throw inside the callback and take the process down.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';

export interface JudgeCard {
  judgeId: string;
  riderPoints: number;
  animalPoints: number;
}

export interface RunTally {
  runId: string;
  cards: JudgeCard[];
  total: number;
  disqualified: boolean;
}

const TALLY_BIN = process.env.RODEO_TALLY_BIN ?? '/opt/rodeo/bin/judge-tally';

function parseTally(runId: string, stdout: string): RunTally {
  const lines = stdout.trim().split('\n').filter(Boolean);
  if (lines.length === 0) {
    throw new Error(`judge-tally produced no cards for run ${runId}`);
  }
  const cards = lines.map((line): JudgeCard => {
    const [judgeId, rider, animal] = line.split('\t');
    if (!judgeId || rider === undefined || animal === undefined) {
      throw new Error(`malformed tally line: ${line}`);
    }
    return { judgeId, riderPoints: Number(rider), animalPoints: Number(animal) };
  });
  const disqualified = cards.some((c) => c.riderPoints === 0);
  const total = disqualified ? 0 : cards.reduce((sum, c) => sum + c.riderPoints + c.animalPoints, 0);
  return { runId, cards, total, disqualified };
}

export function tallyRun(runId: string, cardFile: string): Promise<RunTally> {
  return new Promise<RunTally>((resolve, reject) => {
    execFile(
      TALLY_BIN,
      ['--run', runId, '--cards', cardFile, '--format', 'tsv'],
      { timeout: 15_000, maxBuffer: 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`judge-tally failed for ${runId}: ${stderr || err.message}`, { cause: err }));
        }
        resolve(parseTally(runId, stdout));
      },
    );
  });
}

export class ScoreBoard extends EventEmitter {
  private readonly standings = new Map<string, RunTally>();

  async record(runId: string, cardFile: string): Promise<RunTally> {
    const tally = await tallyRun(runId, cardFile);
    this.standings.set(runId, tally);
    this.emit('updated', this.leaders(3));
    return tally;
  }

  leaders(count: number): RunTally[] {
    return [...this.standings.values()]
      .filter((t) => !t.disqualified)
      .sort((a, b) => b.total - a.total)
      .slice(0, count);
  }
}
