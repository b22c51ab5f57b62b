// expect: none
// Concurrent callers intentionally share one in-flight exposure promise, while each retry calls spectrograph.expose() again for a fresh attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ExposureConfig {
  target: string;
  grating: '600l' | '1200l' | 'echelle';
  slitArcsec: number;
  seconds: number;
}

export interface RawFrame {
  target: string;
  startedAt: string;
  exposureSec: number;
  ccdTempK: number;
  data: Uint16Array;
}

declare const spectrograph: {
  expose(config: ExposureConfig): Promise<RawFrame>;
  readCcdTemperatureK(): Promise<number>;
};

declare const frameArchive: {
  store(frame: RawFrame, config: ExposureConfig): Promise<string>;
};

export class ReadoutGlitchError extends Error {
  constructor(detail: string) {
    super(`CCD readout glitch: ${detail}`);
    this.name = 'ReadoutGlitchError';
  }
}

function configKey(config: ExposureConfig): string {
  return `${config.target}|${config.grating}|${config.slitArcsec}|${config.seconds}`;
}

export class ExposureCoordinator {
  private current: { key: string; promise: Promise<RawFrame> } | null = null;

  constructor(
    private readonly maxCcdTempK = 173,
    private readonly maxAttempts = 3,
  ) {}

  exposure(config: ExposureConfig): Promise<RawFrame> {
    const key = configKey(config);
    if (this.current && this.current.key === key) {
      return this.current.promise;
    }
    if (this.current) {
      return Promise.reject(new Error(`spectrograph busy with ${this.current.key}`));
    }
    const promise = this.exposeWithRetry(config).finally(() => {
      if (this.current?.promise === promise) this.current = null;
    });
    this.current = { key, promise };
    return promise;
  }

  async exposeAndArchive(config: ExposureConfig): Promise<string> {
    const frame = await this.exposure(config);
    return frameArchive.store(frame, config);
  }

  private async exposeWithRetry(config: ExposureConfig): Promise<RawFrame> {
    for (let attempt = 1; ; attempt++) {
      const tempK = await spectrograph.readCcdTemperatureK();
      if (tempK > this.maxCcdTempK) {
        if (attempt >= this.maxAttempts) {
          throw new Error(`CCD at ${tempK}K, above the ${this.maxCcdTempK}K limit`);
        }
        await sleep(30_000);
        continue;
      }
      try {
        return await spectrograph.expose(config);
      } catch (err) {
        if (!(err instanceof ReadoutGlitchError) || attempt >= this.maxAttempts) throw err;
      }
    }
  }
}

export async function observeTargets(
  coordinator: ExposureCoordinator,
  plan: readonly ExposureConfig[],
): Promise<string[]> {
  const stored: string[] = [];
  for (const config of plan) {
    stored.push(await coordinator.exposeAndArchive(config));
  }
  return stored;
}
