// expect: none
// windReady gets both fulfilment and rejection handlers at creation, so awaiting the reference pitch first cannot leave a rejection unhandled.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Pipe {
  note: string;
  midi: number;
  stop: string;
}

export interface Rank {
  name: string;
  windChest: string;
  temperament: 'equal' | 'werckmeister3' | 'meantone';
  pipes: Pipe[];
}

export interface PipeResult {
  note: string;
  centsOff: number;
}

declare const blower: {
  spinUp(windChest: string): Promise<number>;
};

declare function loadReference(temperament: Rank['temperament']): Promise<Map<number, number>>;

const MIN_PRESSURE_MMWG = 70;

async function measurePitch(pipe: Pipe, chest: string): Promise<number> {
  // The analyzer holds the pallet open for ~1.5s and prints the settled fundamental in Hz.
  const { stdout } = await run('pipe-analyzer', ['--chest', chest, '--midi', String(pipe.midi), '--settle', '1500'], {
    timeout: 10_000,
  });
  const hz = Number.parseFloat(stdout.trim());
  if (!Number.isFinite(hz)) throw new Error(`analyzer returned no pitch for ${pipe.note}`);
  return hz;
}

function cents(measuredHz: number, targetHz: number): number {
  return Math.round(1200 * Math.log2(measuredHz / targetHz) * 10) / 10;
}

export async function tuneRank(rank: Rank): Promise<PipeResult[]> {
  // Wind takes a while to stabilise; start the blower while the reference table loads.
  const windReady = blower.spinUp(rank.windChest).then(
    (pressure) => ({ ok: true as const, pressure }),
    (error: unknown) => ({ ok: false as const, error }),
  );

  const reference = await loadReference(rank.temperament);
  const wind = await windReady;
  if (!wind.ok) {
    throw new Error(`blower for ${rank.windChest} failed to start`, { cause: wind.error });
  }
  if (wind.pressure < MIN_PRESSURE_MMWG) {
    throw new Error(`wind pressure ${wind.pressure}mm too low to tune ${rank.name}`);
  }

  const results: PipeResult[] = [];
  for (const pipe of rank.pipes) {
    const target = reference.get(pipe.midi);
    if (target === undefined) continue;
    const measured = await measurePitch(pipe, rank.windChest);
    results.push({ note: pipe.note, centsOff: cents(measured, target) });
  }
  return results.sort((a, b) => Math.abs(b.centsOff) - Math.abs(a.centsOff));
}
