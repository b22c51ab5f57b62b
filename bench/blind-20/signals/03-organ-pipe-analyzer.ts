// expect: none
// Correct: the request's signal is passed to execFile for every pitch-detector run, checked between pipes, and aborts are rethrown untouched.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface PipeSample {
  rank: string;
  note: string;
  targetHz: number;
  wav: Buffer;
}

export interface PipeReading {
  rank: string;
  note: string;
  measuredHz: number;
  cents: number;
  needsVoicing: boolean;
}

export interface TuningRequest {
  organId: string;
  samples: PipeSample[];
  toleranceCents: number;
  signal: AbortSignal;
}

const DETECTOR = process.env.PITCH_DETECT_BIN ?? '/usr/local/bin/pitch-detect';

function centsBetween(measured: number, target: number): number {
  return 1200 * Math.log2(measured / target);
}

async function detectFundamental(wavPath: string, targetHz: number, signal: AbortSignal): Promise<number> {
  const { stdout } = await execFileAsync(
    DETECTOR,
    ['--format', 'json', '--min-hz', String(targetHz * 0.8), '--max-hz', String(targetHz * 1.25), wavPath],
    { signal, timeout: 15_000, maxBuffer: 1 << 20 },
  );
  const parsed = JSON.parse(stdout) as { fundamental?: number };
  if (typeof parsed.fundamental !== 'number' || parsed.fundamental <= 0) {
    throw new Error(`no stable fundamental in ${wavPath}`);
  }
  return parsed.fundamental;
}

export async function analyseRank(req: TuningRequest): Promise<PipeReading[]> {
  const workDir = await mkdtemp(join(tmpdir(), `tuning-${req.organId}-`));
  const readings: PipeReading[] = [];
  try {
    for (const sample of req.samples) {
      req.signal.throwIfAborted();
      const wavPath = join(workDir, `${sample.rank}-${sample.note}.wav`);
      await writeFile(wavPath, sample.wav, { signal: req.signal });

      let measuredHz: number;
      try {
        measuredHz = await detectFundamental(wavPath, sample.targetHz, req.signal);
      } catch (err) {
        if (req.signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
        throw new Error(`pitch detection failed for ${sample.rank} ${sample.note}`, { cause: err });
      }

      const cents = centsBetween(measuredHz, sample.targetHz);
      readings.push({
        rank: sample.rank,
        note: sample.note,
        measuredHz,
        cents: Math.round(cents * 10) / 10,
        needsVoicing: Math.abs(cents) > req.toleranceCents,
      });
    }
    return readings;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
