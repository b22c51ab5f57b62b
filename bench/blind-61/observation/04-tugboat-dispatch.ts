// expect: none
// The only fire-and-forget calls are position telemetry pushes that carry their own .catch, and the event handler hands its async work to an awaited, error-handled queue.
import { EventEmitter } from "node:events";

export interface TugPosition {
  tugId: string;
  lat: number;
  lon: number;
  speedKn: number;
  at: number;
}

export interface TowRequest {
  requestId: string;
  vessel: string;
  berth: string;
  tugsNeeded: number;
}

declare const aisFeed: EventEmitter;
declare const telemetry: {
  push(position: TugPosition): Promise<void>;
};
declare const assignments: {
  assign(requestId: string, tugIds: string[]): Promise<void>;
};
declare const log: { warn(msg: string, err?: unknown): void };

const HARBOUR_SPEED_LIMIT_KN = 8;

function distanceNm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 60;
  const dLon = (a.lon - b.lon) * 60 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dLat, dLon);
}

export class TugBoard {
  private readonly positions = new Map<string, TugPosition>();
  private readonly busy = new Set<string>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly berths: Record<string, { lat: number; lon: number }>) {
    aisFeed.on("position", (p: TugPosition) => this.onPosition(p));
    aisFeed.on("tow-request", (r: TowRequest) => {
      this.chain = this.chain
        .then(() => this.handleRequest(r))
        .catch((err: unknown) => log.warn(`tow request ${r.requestId} not assigned`, err));
    });
  }

  private onPosition(p: TugPosition): void {
    this.positions.set(p.tugId, p);
    if (p.speedKn > HARBOUR_SPEED_LIMIT_KN) {
      log.warn(`tug ${p.tugId} at ${p.speedKn} kn inside harbour limits`);
    }
    void telemetry.push(p).catch((err: unknown) => log.warn(`telemetry push failed for ${p.tugId}`, err));
  }

  nearestFree(berth: string, count: number): string[] {
    const target = this.berths[berth];
    if (!target) throw new Error(`unknown berth ${berth}`);
    return [...this.positions.values()]
      .filter((p) => !this.busy.has(p.tugId))
      .sort((a, b) => distanceNm(a, target) - distanceNm(b, target))
      .slice(0, count)
      .map((p) => p.tugId);
  }

  private async handleRequest(r: TowRequest): Promise<void> {
    const tugs = this.nearestFree(r.berth, r.tugsNeeded);
    if (tugs.length < r.tugsNeeded) {
      throw new Error(`${r.vessel} needs ${r.tugsNeeded} tugs, ${tugs.length} free`);
    }
    tugs.forEach((t) => this.busy.add(t));
    try {
      await assignments.assign(r.requestId, tugs);
    } catch (err) {
      tugs.forEach((t) => this.busy.delete(t));
      throw err;
    }
  }

  release(tugIds: readonly string[]): void {
    for (const id of tugIds) this.busy.delete(id);
  }

  async idle(): Promise<void> {
    await this.chain;
  }
}
