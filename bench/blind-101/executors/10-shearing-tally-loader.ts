// expect: no-multiple-settle
// The executor is async and awaits open() before wiring any reject, so a missing or unreadable tally file throws inside the executor's own promise and the returned promise never settles, hanging the payroll run.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface ShearerTally {
  shearer: string;
  shed: string;
  ewes: number;
  lambs: number;
  rams: number;
}

export interface TallyFile {
  crew: string;
  day: string;
  tallies: ShearerTally[];
  skippedLines: number;
}

function parseLine(line: string): ShearerTally | undefined {
  const [shearer, shed, ewes, lambs, rams] = line.split(',').map((s) => s.trim());
  if (!shearer || !shed) return undefined;
  const nums = [ewes, lambs, rams].map((n) => Number.parseInt(n ?? '', 10));
  if (nums.some((n) => Number.isNaN(n) || n < 0)) return undefined;
  return { shearer, shed, ewes: nums[0], lambs: nums[1], rams: nums[2] };
}

export function loadTallies(path: string, crew: string, day: string): Promise<TallyFile> {
  return new Promise<TallyFile>(async (resolve, reject) => {
    const handle = await open(path, 'r');
    const input = handle.createReadStream({ encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const tallies: ShearerTally[] = [];
    let skippedLines = 0;
    let header = true;

    let failure: Error | undefined;
    input.once('error', (err) => {
      failure = err;
      rl.close();
    });

    rl.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const tally = parseLine(line);
      if (tally) tallies.push(tally);
      else skippedLines += 1;
    });

    rl.once('close', () => {
      if (failure) reject(failure);
      else resolve({ crew, day, tallies, skippedLines });
    });
  });
}

export const RATES = { ewes: 3.85, lambs: 2.1, rams: 7.5 } as const;

export async function crewPay(path: string, crew: string, day: string): Promise<Map<string, number>> {
  const file = await loadTallies(path, crew, day);
  const pay = new Map<string, number>();
  for (const t of file.tallies) {
    const earned = t.ewes * RATES.ewes + t.lambs * RATES.lambs + t.rams * RATES.rams;
    pay.set(t.shearer, (pay.get(t.shearer) ?? 0) + earned);
  }
  if (file.skippedLines > 0) {
    console.warn(`[tally] ${crew} ${day}: ${file.skippedLines} malformed lines skipped`);
  }
  return pay;
}
