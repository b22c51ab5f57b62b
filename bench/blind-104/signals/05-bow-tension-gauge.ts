// expect: none
// The CLI passes its one AbortSignal to spawn, to the exit wait, to the line reader and to the settle pause between bows, so hitting the time limit kills the gauge and stops every wait at once.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

interface TensionSample {
  mmFromFrog: number;
  newtons: number;
}

interface BowReport {
  serial: string;
  samples: number;
  maxNewtons: number;
  evenness: number;
}

async function measureBow(gaugeBin: string, serial: string, signal: AbortSignal): Promise<BowReport> {
  const child = spawn(gaugeBin, ['--serial', serial, '--format', 'csv'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    signal,
  });
  const exited = once(child, 'close', { signal });
  // attach a handler now: the exit wait can reject (spawn error, abort) while lines are still being read
  exited.catch(() => undefined);

  const samples: TensionSample[] = [];
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity, signal })) {
    const [mm, n] = line.split(',').map(Number);
    if (Number.isFinite(mm) && Number.isFinite(n)) samples.push({ mmFromFrog: mm!, newtons: n! });
  }

  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`gauge exited with ${code} for bow ${serial}`);
  if (samples.length === 0) throw new Error(`gauge produced no samples for bow ${serial}`);

  const values = samples.map((s) => s.newtons);
  const max = Math.max(...values);
  return { serial, samples: samples.length, maxNewtons: max, evenness: Math.min(...values) / max };
}

async function main(argv: string[]): Promise<number> {
  const [gaugeBin = 'bow-gauge', limitSec = '120', ...serials] = argv;
  const signal = AbortSignal.timeout(Number(limitSec) * 1_000);

  for (const [i, serial] of serials.entries()) {
    if (i > 0) await sleep(1_500, undefined, { signal }); // let the hair settle on the jig
    const r = await measureBow(gaugeBin, serial, signal);
    const verdict = r.evenness >= 0.85 ? 'even' : 'REHAIR UNEVEN';
    console.log(`${r.serial}\t${r.samples} samples\tmax ${r.maxNewtons.toFixed(1)} N\t${verdict}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
