// expect: none
// The worker promise funnels message, error, early exit, timeout and abort through one guarded finish() that clears the timer and abort listener, so it settles exactly once on every path.
import { Worker } from 'node:worker_threads';
import { stat } from 'node:fs/promises';

export interface DenoiseRequest {
  patientId: string;
  radiographPath: string;
  kind: 'bitewing' | 'periapical' | 'panoramic';
  strength: number;
}

export interface DenoiseResult {
  outputPath: string;
  noiseFloorBefore: number;
  noiseFloorAfter: number;
  durationMs: number;
}

const DEFAULT_TIMEOUT_MS: Record<DenoiseRequest['kind'], number> = {
  bitewing: 8_000,
  periapical: 8_000,
  panoramic: 30_000,
};

export class RadiographDenoiser {
  constructor(private readonly workerScript: string) {}

  async run(req: DenoiseRequest, signal?: AbortSignal): Promise<DenoiseResult> {
    // fail fast on a missing file rather than paying for a worker spin-up
    await stat(req.radiographPath);
    signal?.throwIfAborted();

    return new Promise<DenoiseResult>((resolve, reject) => {
      const started = Date.now();
      const worker = new Worker(this.workerScript, { workerData: req });
      let settled = false;

      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        outcome();
      };

      const timer = setTimeout(() => {
        finish(() => reject(new Error(`denoise of ${req.radiographPath} timed out`)));
        void worker.terminate();
      }, DEFAULT_TIMEOUT_MS[req.kind]);

      const onAbort = (): void => {
        finish(() => reject(signal?.reason ?? new Error('aborted')));
        void worker.terminate();
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      worker.once('message', (msg: Omit<DenoiseResult, 'durationMs'>) => {
        finish(() => resolve({ ...msg, durationMs: Date.now() - started }));
        void worker.terminate();
      });
      worker.once('error', (err) => finish(() => reject(err)));
      worker.once('exit', (code) => {
        finish(() => reject(new Error(`denoise worker exited with code ${code} before replying`)));
      });
    });
  }

  async runSeries(
    series: DenoiseRequest[],
    signal?: AbortSignal,
  ): Promise<Array<DenoiseResult | Error>> {
    const out: Array<DenoiseResult | Error> = [];
    for (const req of series) {
      try {
        out.push(await this.run(req, signal));
      } catch (err) {
        if (signal?.aborted) throw err;
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }
}
