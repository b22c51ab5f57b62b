// expect: no-promise-as-value
// signBatch() is async, but its result is put straight into the JSON body, so the collector receives "signature": {} and rejects every batch.
import { createHash, createHmac } from 'node:crypto';

export interface CraneSample {
  craneId: string;
  spreaderLoadT: number;
  trolleyPosM: number;
  hoistSpeedMs: number;
  windKnots: number;
  ts: number;
}

declare const keyVault: { getSecret(name: string): Promise<string> };

const COLLECTOR_URL = 'https://telemetry.portauthority.example/v2/cranes';
const MAX_BATCH = 200;

async function signBatch(payload: string): Promise<string> {
  const key = await keyVault.getSecret('crane-telemetry-hmac');
  return createHmac('sha256', key).update(payload).digest('hex');
}

export class TelemetryBuffer {
  private samples: CraneSample[] = [];
  private seq = 0;
  private flushing: Promise<void> | null = null;

  constructor(private readonly terminal: string) {}

  push(sample: CraneSample): void {
    if (sample.windKnots > 45) {
      console.warn(`crane ${sample.craneId}: wind ${sample.windKnots} kn, stop-work threshold`);
    }
    this.samples.push(sample);
    if (this.samples.length >= MAX_BATCH && !this.flushing) {
      this.flushing = this.flush().finally(() => {
        this.flushing = null;
      });
    }
  }

  async flush(): Promise<void> {
    if (this.samples.length === 0) return;
    const batch = this.samples.splice(0, MAX_BATCH);
    const seq = ++this.seq;
    const canonical = JSON.stringify(batch);
    const digest = createHash('sha256').update(canonical).digest('hex');

    const res = await fetch(COLLECTOR_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-terminal': this.terminal },
      body: JSON.stringify({
        terminal: this.terminal,
        seq,
        digest,
        signature: signBatch(canonical),
        samples: batch,
      }),
    });

    if (!res.ok) {
      // Put the batch back at the front so ordering is preserved for the retry.
      this.samples.unshift(...batch);
      throw new Error(`collector rejected batch ${seq}: HTTP ${res.status}`);
    }
  }

  async close(): Promise<void> {
    if (this.flushing) await this.flushing;
    while (this.samples.length > 0) {
      await this.flush();
    }
  }
}
