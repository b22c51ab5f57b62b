// expect: no-multiple-settle
// Bug: armGate's executor only listens for 'armed'; if the gate link emits 'fault' or closes first, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface GateReading {
  gateId: string;
  riderId: string;
  timestampNs: bigint;
}

export interface GateLink extends EventEmitter {
  readonly gateId: string;
  send(command: string): void;
  destroy(): void;
}

export interface LapSplit {
  riderId: string;
  lap: number;
  splitMs: number;
}

declare function openGateLink(host: string, port: number): GateLink;
declare const metrics: {
  timing(name: string, ms: number): void;
  increment(name: string, tags?: Record<string, string>): void;
};

const NS_PER_MS = 1_000_000n;

export class TimingGateController {
  private readonly links = new Map<string, GateLink>();
  private readonly lastCrossing = new Map<string, bigint>();
  private readonly lapCounts = new Map<string, number>();
  private readonly splits: LapSplit[] = [];

  constructor(private readonly hosts: Record<string, { host: string; port: number }>) {}

  connect(gateId: string): GateLink {
    const existing = this.links.get(gateId);
    if (existing) return existing;

    const cfg = this.hosts[gateId];
    if (!cfg) throw new Error(`unknown timing gate ${gateId}`);

    const link = openGateLink(cfg.host, cfg.port);
    link.on('reading', (reading: GateReading) => this.recordCrossing(reading));
    link.on('error', (err: Error) => {
      metrics.increment('gate.link_error', { gateId, code: (err as NodeJS.ErrnoException).code ?? 'unknown' });
    });
    link.on('close', () => {
      this.links.delete(gateId);
      metrics.increment('gate.link_closed', { gateId });
    });
    this.links.set(gateId, link);
    return link;
  }

  armGate(gateId: string, heatId: string): Promise<number> {
    const link = this.connect(gateId);
    const requestedAt = Date.now();

    return new Promise<number>((resolve) => {
      link.once('armed', (ack: { heatId: string; firmware: string }) => {
        const elapsed = Date.now() - requestedAt;
        metrics.timing('gate.arm_latency', elapsed);
        if (ack.heatId !== heatId) {
          metrics.increment('gate.arm_heat_mismatch', { gateId });
        }
        resolve(elapsed);
      });
      link.send(`ARM ${heatId}`);
    });
  }

  async armAll(heatId: string): Promise<Record<string, number>> {
    const gateIds = Object.keys(this.hosts);
    const latencies = await Promise.all(gateIds.map((id) => this.armGate(id, heatId)));
    return Object.fromEntries(gateIds.map((id, i) => [id, latencies[i]]));
  }

  private recordCrossing(reading: GateReading): void {
    const previous = this.lastCrossing.get(reading.riderId);
    this.lastCrossing.set(reading.riderId, reading.timestampNs);
    if (previous === undefined) return;

    const lap = (this.lapCounts.get(reading.riderId) ?? 0) + 1;
    this.lapCounts.set(reading.riderId, lap);
    const splitMs = Number((reading.timestampNs - previous) / NS_PER_MS);
    this.splits.push({ riderId: reading.riderId, lap, splitMs });
  }

  fastestLap(): LapSplit | undefined {
    let best: LapSplit | undefined;
    for (const split of this.splits) {
      if (!best || split.splitMs < best.splitMs) best = split;
    }
    return best;
  }

  shutdown(): void {
    for (const link of this.links.values()) link.destroy();
    this.links.clear();
  }
}
