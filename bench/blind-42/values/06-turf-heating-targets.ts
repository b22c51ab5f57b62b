// expect: no-read-before-settle
// requestTargets assigns this.latestTargets in the worker 'message' handler but returns it right after postMessage, before any reply can arrive.
import { Worker } from 'node:worker_threads';

export interface ZoneReading {
  zoneId: string;
  soilC: number;
  moisturePct: number;
  shadedHours: number;
}

export interface ZoneTarget {
  zoneId: string;
  supplyC: number;
  flowLpm: number;
}

type ModelReply = { kind: 'targets'; requestId: number; targets: ZoneTarget[] } | { kind: 'error'; message: string };

declare const THERMAL_MODEL_WORKER: string;

declare const boilerPlant: {
  apply(targets: ZoneTarget[]): Promise<void>;
  maxSupplyC: number;
};

declare const log: { warn(msg: string, meta?: Record<string, unknown>): void };

export class TurfHeatingController {
  private readonly model: Worker;
  private latestTargets: ZoneTarget[] = [];
  private requestSeq = 0;

  constructor(private readonly stadium: string) {
    this.model = new Worker(THERMAL_MODEL_WORKER, { workerData: { stadium } });
    this.model.on('message', (reply: ModelReply) => {
      if (reply.kind === 'error') {
        log.warn('thermal model error', { stadium: this.stadium, message: reply.message });
        return;
      }
      if (reply.requestId === this.requestSeq) {
        this.latestTargets = reply.targets.map((t) => ({
          ...t,
          supplyC: Math.min(t.supplyC, boilerPlant.maxSupplyC),
        }));
      }
    });
    this.model.on('error', (err) => log.warn('thermal model crashed', { stadium, error: err.message }));
  }

  requestTargets(readings: ZoneReading[], kickoff: Date): ZoneTarget[] {
    this.requestSeq++;
    this.model.postMessage({
      requestId: this.requestSeq,
      readings,
      hoursToKickoff: Math.max(0, (kickoff.getTime() - Date.now()) / 3_600_000),
    });
    return this.latestTargets;
  }

  async heatForMatch(readings: ZoneReading[], kickoff: Date): Promise<number> {
    const targets = this.requestTargets(readings, kickoff);
    const active = targets.filter((t) => t.flowLpm > 0);
    if (active.length === 0) {
      return 0;
    }
    await boilerPlant.apply(active);
    return active.length;
  }

  async shutdown(): Promise<void> {
    await this.model.terminate();
  }
}

export function coldestZones(readings: ZoneReading[], n = 3): string[] {
  return [...readings]
    .sort((a, b) => a.soilC - b.soilC || b.shadedHours - a.shadedHours)
    .slice(0, n)
    .map((r) => r.zoneId);
}
