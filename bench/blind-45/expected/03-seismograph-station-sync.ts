// expect: none
// Functions are passed only where functions are expected (withRetry's attempt, Array.map, the flush scheduler); every promise consumer receives a call result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StationMeta {
  network: string;
  station: string;
  sampleRateHz: number;
  latitude: number;
  longitude: number;
}

export interface WaveformChunk {
  station: string;
  channel: 'BHZ' | 'BHN' | 'BHE';
  startMs: number;
  samples: Int32Array;
}

declare const fdsn: {
  stationMeta(network: string, station: string): Promise<StationMeta>;
  waveforms(station: string, fromMs: number, toMs: number): Promise<WaveformChunk[]>;
};

declare const archive: {
  append(chunks: WaveformChunk[]): Promise<number>;
  lastArchivedMs(station: string): Promise<number>;
};

declare const scheduler: {
  every(ms: number, task: () => Promise<void>): void;
};

async function withRetry<T>(attempt: () => Promise<T>, tries = 4, baseDelayMs = 500): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw new Error(`gave up after ${tries} attempts`, { cause: lastError });
}

export class StationSync {
  private buffer: WaveformChunk[] = [];

  constructor(
    private readonly network: string,
    private readonly stations: readonly string[],
  ) {}

  start(flushEveryMs = 60_000): void {
    scheduler.every(flushEveryMs, this.flush);
  }

  readonly flush = async (): Promise<void> => {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const written = await withRetry(() => archive.append(batch));
    if (written !== batch.length) {
      throw new Error(`archive accepted ${written} of ${batch.length} chunks`);
    }
  };

  private readonly syncStation = async (station: string): Promise<number> => {
    const meta = await withRetry(() => fdsn.stationMeta(this.network, station));
    const from = await archive.lastArchivedMs(station);
    const to = Date.now();
    const chunks = await withRetry(() => fdsn.waveforms(meta.station, from, to));
    const expected = ((to - from) / 1000) * meta.sampleRateHz;
    const received = chunks.reduce((n, c) => n + c.samples.length, 0);
    if (received < expected * 0.95) {
      // Gaps are normal after telemetry outages; the next cycle backfills them.
      console.warn(`${station}: ${received}/${Math.round(expected)} samples`);
    }
    this.buffer.push(...chunks);
    return chunks.length;
  };

  async syncAll(): Promise<Record<string, number>> {
    const counts = await Promise.all(this.stations.map(this.syncStation));
    return Object.fromEntries(this.stations.map((s, i) => [s, counts[i]]));
  }
}
