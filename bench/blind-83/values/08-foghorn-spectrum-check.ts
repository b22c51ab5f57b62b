// expect: none
// The stdout and stderr buffers are filled by 'data' handlers and read only after await once(child, 'close'), which rejects if the child emits 'error'.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface SpectrumPeak {
  hz: number;
  db: number;
}

export interface HornCheck {
  station: string;
  peaks: SpectrumPeak[];
  fundamentalHz: number | null;
  passed: boolean;
  warnings: string[];
}

const ANALYSER = process.env.SPECTRUM_BIN ?? '/usr/local/bin/hornfft';

function parsePeaks(text: string): SpectrumPeak[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length === 2 && cells.every((c) => c !== '' && !Number.isNaN(Number(c))))
    .map(([hz, db]) => ({ hz: Number(hz), db: Number(db) }))
    .sort((a, b) => b.db - a.db);
}

export async function checkRecording(station: string, wavPath: string, expectedHz: number): Promise<HornCheck> {
  const child = spawn(ANALYSER, ['--peaks=8', '--format=plain', wavPath], { stdio: ['ignore', 'pipe', 'pipe'] });

  let stdout = '';
  const warnings: string[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: string) => {
    warnings.push(...chunk.split('\n').filter((l) => l.startsWith('warn:')));
  });

  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) {
    throw new Error(`hornfft exited with ${code} for ${station}`);
  }

  const peaks = parsePeaks(stdout);
  const fundamental = peaks.find((p) => p.hz > 60 && p.hz < 1_000) ?? null;
  const withinBand = fundamental !== null && Math.abs(fundamental.hz - expectedHz) <= expectedHz * 0.03;

  return {
    station,
    peaks,
    fundamentalHz: fundamental?.hz ?? null,
    passed: withinBand && warnings.length === 0,
    warnings,
  };
}

export async function checkStations(
  recordings: Array<{ station: string; wav: string; expectedHz: number }>,
): Promise<HornCheck[]> {
  const results: HornCheck[] = [];
  for (const r of recordings) {
    results.push(await checkRecording(r.station, r.wav, r.expectedHz));
  }
  return results;
}
