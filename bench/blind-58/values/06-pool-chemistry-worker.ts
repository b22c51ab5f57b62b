// expect: none
// latestSample is written by the worker's 'message' listener and only read after awaiting once(worker, 'message'), which resolves after that listener has run.
import { once } from "node:events";
import { Worker } from "node:worker_threads";

export interface ChemistrySample {
  poolId: string;
  ph: number;
  chlorinePpm: number;
  sulfurPpm: number;
  temperatureC: number;
}

interface SampleRequest {
  type: "sample";
  poolId: string;
}

type WorkerReply = { type: "sample"; sample: ChemistrySample } | { type: "error"; message: string };

const PH_RANGE: [number, number] = [6.8, 7.8];
const MAX_SULFUR_PPM = 4;

export class PoolChemistryMonitor {
  private latestSample: ChemistrySample | null = null;
  private readonly history: ChemistrySample[] = [];

  constructor(private readonly worker: Worker) {
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "sample") {
        this.latestSample = reply.sample;
        this.history.push(reply.sample);
      }
    });
  }

  static start(scriptPath: string): PoolChemistryMonitor {
    return new PoolChemistryMonitor(new Worker(scriptPath));
  }

  async sample(poolId: string): Promise<ChemistrySample> {
    const request: SampleRequest = { type: "sample", poolId };
    const reply = once(this.worker, "message");
    this.worker.postMessage(request);
    const [message] = (await reply) as [WorkerReply];
    if (message.type === "error") {
      throw new Error(`chemistry worker failed for ${poolId}: ${message.message}`);
    }
    const sample = this.latestSample;
    if (!sample || sample.poolId !== poolId) {
      throw new Error(`chemistry worker answered for the wrong pool`);
    }
    return sample;
  }

  async safeToBathe(poolId: string): Promise<{ ok: boolean; reasons: string[] }> {
    const sample = await this.sample(poolId);
    const reasons: string[] = [];
    if (sample.ph < PH_RANGE[0] || sample.ph > PH_RANGE[1]) reasons.push(`pH ${sample.ph}`);
    if (sample.sulfurPpm > MAX_SULFUR_PPM) reasons.push(`sulfur ${sample.sulfurPpm}ppm`);
    if (sample.temperatureC > 42) reasons.push(`temperature ${sample.temperatureC}°C`);
    return { ok: reasons.length === 0, reasons };
  }

  recentAverage(field: "ph" | "chlorinePpm", count = 10): number | null {
    const recent = this.history.slice(-count);
    if (recent.length === 0) return null;
    return recent.reduce((sum, s) => sum + s[field], 0) / recent.length;
  }

  async shutdown(): Promise<number> {
    return this.worker.terminate();
  }
}
