// expect: no-unobserved-promise
// The archive upload is started before the quorum check; when the check throws, the stored upload promise is never awaited and its rejection goes unobserved.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

export interface CraneSample {
  craneId: string;
  ts: number;
  loadTonnes: number;
  windMs: number;
  trolleyPosM: number;
}

export interface FlushSummary {
  batchId: string;
  samples: number;
  maxLoad: number;
  gustAlarm: boolean;
}

declare const coldStorage: {
  put(key: string, body: Buffer): Promise<{ etag: string }>;
};

declare const opsDashboard: {
  publish(summary: FlushSummary): Promise<void>;
};

const GUST_LIMIT_MS = 20;
const MIN_CRANES_REPORTING = 3;

export class TelemetryBuffer {
  private samples: CraneSample[] = [];
  private seq = 0;

  constructor(private readonly terminal: string) {}

  push(sample: CraneSample): void {
    this.samples.push(sample);
  }

  async flush(): Promise<FlushSummary | null> {
    if (this.samples.length === 0) return null;

    const batch = this.samples;
    this.samples = [];
    const batchId = `${this.terminal}-${Date.now()}-${this.seq++}`;

    const payload = await gzipAsync(Buffer.from(JSON.stringify(batch)));
    const upload = coldStorage.put(`telemetry/${this.terminal}/${batchId}.json.gz`, payload);

    const cranes = new Set(batch.map((s) => s.craneId));
    if (cranes.size < MIN_CRANES_REPORTING) {
      throw new Error(`only ${cranes.size} cranes reported in batch ${batchId}; expected at least ${MIN_CRANES_REPORTING}`);
    }

    const summary: FlushSummary = {
      batchId,
      samples: batch.length,
      maxLoad: Math.max(...batch.map((s) => s.loadTonnes)),
      gustAlarm: batch.some((s) => s.windMs >= GUST_LIMIT_MS),
    };

    await upload;
    await opsDashboard.publish(summary);
    return summary;
  }
}
