// expect: none
// Function references go where functions are expected (setInterval, Array.map, the returned stop handle); the in-flight cycle promise is tracked and awaited on stop.
export interface Zone {
  zoneId: string;
  crop: string;
  areaM2: number;
  emitterLitresPerHour: number;
}

export interface SoilSample {
  zoneId: string;
  moisturePercent: number;
}

export interface ZonePlan {
  zoneId: string;
  minutes: number;
}

declare const soilProbes: {
  sample(zoneIds: string[]): Promise<SoilSample[]>;
};
declare const valveBank: {
  run(zoneId: string, minutes: number): Promise<void>;
};
declare const farmLog: {
  error(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

const TARGET_MOISTURE: Record<string, number> = { lettuce: 38, basil: 32, tomato: 30, microgreens: 42 };

export class IrrigationController {
  private inFlight?: Promise<void>;

  constructor(private readonly zones: Zone[]) {}

  private readonly planZone = (sample: SoilSample): ZonePlan => {
    const zone = this.zones.find((z) => z.zoneId === sample.zoneId);
    const target = zone ? TARGET_MOISTURE[zone.crop] ?? 35 : 35;
    const deficit = Math.max(0, target - sample.moisturePercent);
    const litres = zone ? deficit * zone.areaM2 * 0.4 : 0;
    const minutes = zone && zone.emitterLitresPerHour > 0 ? Math.ceil((litres / zone.emitterLitresPerHour) * 60) : 0;
    return { zoneId: sample.zoneId, minutes };
  };

  async runCycle(): Promise<ZonePlan[]> {
    const samples = await soilProbes.sample(this.zones.map((z) => z.zoneId));
    const plans = samples.map(this.planZone).filter((p) => p.minutes > 0);
    for (const plan of plans) {
      await valveBank.run(plan.zoneId, plan.minutes);
    }
    farmLog.info('irrigation cycle complete', { watered: plans.length });
    return plans;
  }

  readonly tick = (): void => {
    if (this.inFlight) return;
    this.inFlight = this.runCycle()
      .then(
        () => undefined,
        (err: unknown) => farmLog.error('irrigation cycle failed', { err: String(err) }),
      )
      .finally(() => {
        this.inFlight = undefined;
      });
  };

  async drain(): Promise<void> {
    await this.inFlight;
  }
}

export function startIrrigationLoop(zones: Zone[], everyMs = 15 * 60_000): () => Promise<void> {
  const controller = new IrrigationController(zones);
  const timer = setInterval(controller.tick, everyMs);
  controller.tick();

  const stop = async (): Promise<void> => {
    clearInterval(timer);
    await controller.drain();
  };
  return stop;
}
