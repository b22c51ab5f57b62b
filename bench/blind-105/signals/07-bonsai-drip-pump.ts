// expect: none
// The run's signal is handed to spawn() (which kills the pump on abort) and to events.once() (which stops waiting), and re-checked between beds, so cancelling the irrigation run stops it and the AbortError reaches the caller.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface DripBed {
  id: string;
  emitterLine: number;
  millilitres: number;
}

export interface PumpRun {
  bed: string;
  exitCode: number;
  log: string;
}

const PUMP_BIN = process.env.DRIP_PUMP_BIN ?? '/usr/local/bin/drip-pump';

export class PumpFailedError extends Error {
  constructor(readonly bed: string, readonly exitCode: number | null, readonly log: string) {
    super(`drip pump for bed ${bed} exited with ${exitCode}`);
    this.name = 'PumpFailedError';
  }
}

async function runPump(bed: DripBed, signal: AbortSignal): Promise<PumpRun> {
  const child = spawn(PUMP_BIN, ['--line', String(bed.emitterLine), '--ml', String(bed.millilitres)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
    killSignal: 'SIGTERM',
  });

  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });

  const [code] = (await once(child, 'close', { signal })) as [number | null];
  if (code !== 0) throw new PumpFailedError(bed.id, code, log);
  return { bed: bed.id, exitCode: code, log };
}

export async function irrigateBeds(beds: DripBed[], signal: AbortSignal): Promise<PumpRun[]> {
  const runs: PumpRun[] = [];
  for (const bed of beds) {
    signal.throwIfAborted();
    runs.push(await runPump(bed, signal));
  }
  return runs;
}

export function totalMillilitres(beds: DripBed[]): number {
  return beds.reduce((sum, bed) => sum + bed.millilitres, 0);
}
