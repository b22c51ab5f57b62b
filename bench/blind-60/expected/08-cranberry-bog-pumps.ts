// expect: none
// retryPumpCommand receives a factory and invokes it for every attempt, so each retry is a fresh pump command rather than a re-await of an old promise.
export interface PumpTelemetry {
  pumpId: string;
  rpm: number;
  dischargeKpa: number;
  intakeLevelCm: number;
}

export type FloodPlan = {
  bedId: string;
  targetDepthCm: number;
  pumps: string[];
};

export class PumpCommandError extends Error {
  constructor(readonly pumpId: string, readonly retryable: boolean, message: string) {
    super(message);
    this.name = 'PumpCommandError';
  }
}

declare const pumpBus: {
  start(pumpId: string, rpm: number): Promise<void>;
  stop(pumpId: string): Promise<void>;
  telemetry(pumpId: string): Promise<PumpTelemetry>;
};
declare const bedGauge: { depthCm(bedId: string): Promise<number> };

declare function sleep(ms: number): Promise<void>;

export async function retryPumpCommand<T>(
  pumpId: string,
  command: () => Promise<T>,
  { attempts = 5, delayMs = 2_000 }: { attempts?: number; delayMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await command();
    } catch (err) {
      const retryable = err instanceof PumpCommandError && err.retryable;
      if (!retryable || attempt >= attempts) throw err;
      await sleep(delayMs * attempt);
    }
  }
}

async function primeAndStart(pumpId: string, rpm: number): Promise<PumpTelemetry> {
  await retryPumpCommand(pumpId, () => pumpBus.start(pumpId, rpm));
  const t = await retryPumpCommand(pumpId, () => pumpBus.telemetry(pumpId), { attempts: 3, delayMs: 500 });
  if (t.intakeLevelCm < 20) {
    await pumpBus.stop(pumpId);
    throw new PumpCommandError(pumpId, false, `${pumpId} intake too shallow (${t.intakeLevelCm}cm)`);
  }
  return t;
}

export async function floodBed(plan: FloodPlan, rpm = 1_450): Promise<{ minutes: number; depthCm: number }> {
  const started = Date.now();
  const running: string[] = [];
  try {
    for (const pumpId of plan.pumps) {
      await primeAndStart(pumpId, rpm);
      running.push(pumpId);
    }

    let depth = await bedGauge.depthCm(plan.bedId);
    while (depth < plan.targetDepthCm) {
      await sleep(60_000);
      depth = await bedGauge.depthCm(plan.bedId);
    }
    return { minutes: Math.round((Date.now() - started) / 60_000), depthCm: depth };
  } finally {
    for (const pumpId of running.reverse()) {
      await retryPumpCommand(pumpId, () => pumpBus.stop(pumpId));
    }
  }
}

export async function healthCheck(pumpIds: string[]): Promise<PumpTelemetry[]> {
  return Promise.all(
    pumpIds.map((id) => retryPumpCommand(id, () => pumpBus.telemetry(id), { attempts: 2, delayMs: 250 })),
  );
}

export function flagWeakPumps(readings: PumpTelemetry[], minKpa = 180): string[] {
  return readings.filter((r) => r.dischargeKpa < minKpa).map((r) => `${r.pumpId} (${r.dischargeKpa} kPa)`);
}
