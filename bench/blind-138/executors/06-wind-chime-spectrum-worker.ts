// expect: no-multiple-settle
// When the worker reports a clipped recording and clipped input is not allowed, the message handler settles nothing and the worker then exits with code 0, so the promise never settles.
import { Worker } from 'node:worker_threads';

export interface SpectralPartial {
  hz: number;
  amplitudeDb: number;
}

export interface ChimeSpectrum {
  fundamentalHz: number;
  partials: SpectralPartial[];
  decaySeconds: number;
}

type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; spectrum: ChimeSpectrum }
  | { type: 'clipped'; spectrum: ChimeSpectrum; clippedSamples: number };

export interface AnalyzeOptions {
  sampleRate: number;
  allowClipped?: boolean;
  onProgress?: (fraction: number) => void;
}

const workerUrl = new URL('./spectrum-worker.js', import.meta.url);

export function analyzeChime(recording: Float32Array, options: AnalyzeOptions): Promise<ChimeSpectrum> {
  const { sampleRate, allowClipped = false, onProgress } = options;

  return new Promise<ChimeSpectrum>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      settle();
    };

    const worker = new Worker(workerUrl, { workerData: { sampleRate, length: recording.length } });

    worker.on('message', (msg: WorkerMessage) => {
      switch (msg.type) {
        case 'progress':
          onProgress?.(msg.fraction);
          break;
        case 'result':
          finish(() => resolve(msg.spectrum));
          break;
        case 'clipped':
          if (allowClipped) {
            finish(() => resolve(msg.spectrum));
          }
          break;
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      if (code !== 0) {
        finish(() => reject(new Error(`Spectrum worker exited with code ${code}`)));
      }
    });

    worker.postMessage(recording, [recording.buffer as ArrayBuffer]);
  });
}

export function centsFromTarget(measuredHz: number, targetHz: number): number {
  return Math.round(1200 * Math.log2(measuredHz / targetHz) * 10) / 10;
}

export async function checkTuning(
  recording: Float32Array,
  targetHz: number,
  sampleRate = 48_000,
): Promise<{ cents: number; inTune: boolean; partials: number }> {
  const spectrum = await analyzeChime(recording, { sampleRate });
  const cents = centsFromTarget(spectrum.fundamentalHz, targetHz);
  return { cents, inTune: Math.abs(cents) <= 5, partials: spectrum.partials.length };
}
