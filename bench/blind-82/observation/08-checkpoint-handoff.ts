// expect: none
// The manifest lookup is started early but handed to Promise.all together with the thickness check in the same tick, and the handoff listener catches its async work.
import { EventEmitter } from 'node:events';

export interface Truck {
  truckId: string;
  grossKg: number;
  driver: string;
}

export interface Checkpoint {
  name: string;
  km: number;
}

interface Manifest {
  truckId: string;
  cargo: string;
  hazardous: boolean;
}

declare const manifests: {
  lookup(truckId: string): Promise<Manifest>;
};

declare const iceSurvey: {
  thicknessCm(km: number): Promise<number>;
};

declare const dispatchLog: {
  append(entry: Record<string, unknown>): Promise<void>;
  error(message: string, err: unknown): void;
};

function allowedGrossKg(thicknessCm: number): number {
  return Math.max(0, 4 * thicknessCm * thicknessCm);
}

export class CheckpointDesk extends EventEmitter {
  private readonly cleared = new Map<string, string>();

  constructor(private readonly checkpoint: Checkpoint) {
    super();
    this.on('handoff', (truck: Truck, nextCheckpoint: string) => {
      this.logHandoff(truck, nextCheckpoint).catch((err) => dispatchLog.error('handoff log failed', err));
    });
  }

  private async logHandoff(truck: Truck, next: string): Promise<void> {
    await dispatchLog.append({
      kind: 'handoff',
      from: this.checkpoint.name,
      to: next,
      truckId: truck.truckId,
      at: new Date().toISOString(),
    });
  }

  async clear(truck: Truck, nextCheckpoint: string): Promise<boolean> {
    const manifestLookup = manifests.lookup(truck.truckId);
    const thicknessCheck = iceSurvey.thicknessCm(this.checkpoint.km);
    const [manifest, thickness] = await Promise.all([manifestLookup, thicknessCheck]);

    const limit = allowedGrossKg(thickness);
    const effectiveLimit = manifest.hazardous ? limit * 0.8 : limit;
    if (truck.grossKg > effectiveLimit) {
      this.emit('held', truck.truckId, `gross ${truck.grossKg}kg over ${Math.round(effectiveLimit)}kg at ${thickness}cm`);
      return false;
    }

    this.cleared.set(truck.truckId, nextCheckpoint);
    this.emit('handoff', truck, nextCheckpoint);
    return true;
  }

  async clearConvoy(trucks: Truck[], nextCheckpoint: string): Promise<string[]> {
    const held: string[] = [];
    for (const truck of trucks) {
      const ok = await this.clear(truck, nextCheckpoint);
      if (!ok) held.push(truck.truckId);
    }
    return held;
  }

  clearedCount(): number {
    return this.cleared.size;
  }
}
