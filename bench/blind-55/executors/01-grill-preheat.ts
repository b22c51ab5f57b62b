// expect: no-multiple-settle
// Bug: the preheat timeout is never cleared, so after the zone reaches temperature the timer still fires, shuts the burners and calls reject on the settled promise.
import { EventEmitter } from "node:events";

export interface GrillZone {
  id: string;
  targetCelsius: number;
  burners: number[];
}

export interface PreheatResult {
  zoneId: string;
  reachedAt: number;
  celsius: number;
}

export interface HotDogOrder {
  orderId: string;
  zoneId: string;
  sausages: number;
  style: "classic" | "chili" | "slaw";
}

declare const grillBus: EventEmitter;
declare function igniteBurner(zoneId: string, burner: number): void;
declare function shutBurners(zoneId: string): void;
declare function rollSausages(zoneId: string, count: number): Promise<number>;
declare const metrics: {
  timing(name: string, ms: number): void;
  increment(name: string, tags?: Record<string, string>): void;
};

const DEFAULT_PREHEAT_MS = 90_000;

export function waitForPreheat(zone: GrillZone, timeoutMs = DEFAULT_PREHEAT_MS): Promise<PreheatResult> {
  const startedAt = Date.now();
  return new Promise<PreheatResult>((resolve, reject) => {
    const onTemperature = (zoneId: string, celsius: number) => {
      if (zoneId !== zone.id || celsius < zone.targetCelsius) return;
      grillBus.off("temperature", onTemperature);
      metrics.timing("grill.preheat", Date.now() - startedAt);
      resolve({ zoneId, reachedAt: Date.now(), celsius });
    };

    grillBus.on("temperature", onTemperature);

    setTimeout(() => {
      grillBus.off("temperature", onTemperature);
      shutBurners(zone.id);
      reject(new Error(`zone ${zone.id} did not reach ${zone.targetCelsius}°C within ${timeoutMs}ms`));
    }, timeoutMs);

    for (const burner of zone.burners) {
      igniteBurner(zone.id, burner);
    }
  });
}

export class GrillStation {
  private readonly hotZones = new Map<string, PreheatResult>();

  constructor(private readonly zones: GrillZone[]) {}

  async openForService(): Promise<string[]> {
    const ready: string[] = [];
    for (const zone of this.zones) {
      try {
        const result = await waitForPreheat(zone);
        this.hotZones.set(zone.id, result);
        ready.push(zone.id);
      } catch (err) {
        metrics.increment("grill.preheat_failed", { zone: zone.id });
      }
    }
    if (ready.length === 0) {
      throw new Error("no grill zone reached serving temperature");
    }
    return ready;
  }

  async cook(order: HotDogOrder): Promise<number> {
    const zone = this.hotZones.get(order.zoneId);
    if (!zone) {
      throw new Error(`zone ${order.zoneId} is not hot`);
    }
    const cooked = await rollSausages(order.zoneId, order.sausages);
    metrics.increment("grill.cooked", { style: order.style });
    return cooked;
  }

  closeZone(zoneId: string): void {
    shutBurners(zoneId);
    this.hotZones.delete(zoneId);
  }

  closeAll(): void {
    for (const zoneId of [...this.hotZones.keys()]) {
      this.closeZone(zoneId);
    }
  }
}
