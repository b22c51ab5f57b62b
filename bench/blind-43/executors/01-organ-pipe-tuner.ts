// expect: no-multiple-settle
// The child 'close' handler rejects on a non-zero exit code but has no return, so it falls through and also resolves with the partial parse.
import { spawn } from 'node:child_process';

export interface PipeReading {
  rank: string;
  note: string;
  targetHz: number;
  measuredHz: number;
  cents: number;
}

export interface TuningPassOptions {
  analyzerPath: string;
  sampleSeconds: number;
  temperament: 'equal' | 'werckmeister-iii' | 'kirnberger-iii';
  referenceA4: number;
}

declare const workshopLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const LINE =
  /^(?<rank>[\w-]+)\s+(?<note>[A-G][#b]?\d)\s+target=(?<target>[\d.]+)\s+measured=(?<measured>[\d.]+)$/;

function centsBetween(measured: number, target: number): number {
  return Math.round(1200 * Math.log2(measured / target) * 10) / 10;
}

export function parseAnalyzerOutput(stdout: string): PipeReading[] {
  const readings: PipeReading[] = [];
  for (const raw of stdout.split('\n')) {
    const match = LINE.exec(raw.trim());
    if (!match?.groups) continue;
    const targetHz = Number(match.groups.target);
    const measuredHz = Number(match.groups.measured);
    if (!Number.isFinite(targetHz) || !Number.isFinite(measuredHz) || targetHz <= 0) continue;
    readings.push({
      rank: match.groups.rank,
      note: match.groups.note,
      targetHz,
      measuredHz,
      cents: centsBetween(measuredHz, targetHz),
    });
  }
  return readings;
}

export function runTuningPass(recordingPath: string, options: TuningPassOptions): Promise<PipeReading[]> {
  const args = [
    '--input', recordingPath,
    '--seconds', String(options.sampleSeconds),
    '--temperament', options.temperament,
    '--a4', String(options.referenceA4),
    '--format', 'lines',
  ];

  return new Promise<PipeReading[]>((resolve, reject) => {
    const child = spawn(options.analyzerPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      child.removeAllListeners('close');
      reject(err);
    });
    child.once('close', (code, signal) => {
      if (code !== 0) {
        workshopLog.warn('pitch analyzer failed', { recordingPath, code, signal });
        reject(new Error(`pitch analyzer exited with ${code ?? signal}: ${stderr.trim()}`));
      }
      const readings = parseAnalyzerOutput(stdout);
      workshopLog.info('tuning pass complete', { recordingPath, pipes: readings.length });
      resolve(readings);
    });
  });
}

export function pipesNeedingWork(readings: PipeReading[], toleranceCents = 3): PipeReading[] {
  return readings
    .filter((r) => Math.abs(r.cents) > toleranceCents)
    .sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents));
}

export function summarizeByRank(readings: PipeReading[]): Map<string, { count: number; worstCents: number }> {
  const summary = new Map<string, { count: number; worstCents: number }>();
  for (const reading of readings) {
    const entry = summary.get(reading.rank) ?? { count: 0, worstCents: 0 };
    entry.count += 1;
    if (Math.abs(reading.cents) > Math.abs(entry.worstCents)) entry.worstCents = reading.cents;
    summary.set(reading.rank, entry);
  }
  return summary;
}

export async function tuneDivision(
  recordings: string[],
  options: TuningPassOptions,
): Promise<{ outOfTune: PipeReading[]; ranks: Map<string, { count: number; worstCents: number }> }> {
  const all: PipeReading[] = [];
  for (const recording of recordings) {
    all.push(...(await runTuningPass(recording, options)));
  }
  return { outOfTune: pipesNeedingWork(all), ranks: summarizeByRank(all) };
}
