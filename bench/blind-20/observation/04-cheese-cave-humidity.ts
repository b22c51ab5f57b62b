// expect: no-unobserved-promise
// historyRequest is started before awaiting probes.readHumidity, so if the archive call rejects during that wait nobody handles it.
export interface HumidityReading {
  caveId: string;
  relativeHumidity: number;
  tempC: number;
  at: number;
}

export interface MistAdjustment {
  caveId: string;
  dutyCycle: number;
  trend: number;
}

declare const probes: {
  readHumidity(caveId: string): Promise<HumidityReading>;
};

declare const archive: {
  loadHistory(caveId: string, hours: number): Promise<HumidityReading[]>;
};

declare const misters: {
  setDutyCycle(caveId: string, duty: number): Promise<void>;
};

type Targets = Record<string, { rh: number; tolerance: number }>;

function slope(points: HumidityReading[]): number {
  if (points.length < 2) return 0;
  const first = points[0];
  const last = points[points.length - 1];
  const hours = (last.at - first.at) / 3_600_000;
  return hours > 0 ? (last.relativeHumidity - first.relativeHumidity) / hours : 0;
}

export function createHumidityRegulator(targets: Targets, lookbackHours = 6) {
  const duty = new Map<string, number>();

  async function regulate(caveId: string): Promise<MistAdjustment> {
    const target = targets[caveId];
    if (!target) throw new Error(`no humidity target configured for cave ${caveId}`);

    const historyRequest = archive.loadHistory(caveId, lookbackHours);
    const current = await probes.readHumidity(caveId);
    const history = await historyRequest;

    const trend = slope([...history, current]);
    const error = target.rh - current.relativeHumidity;
    let next = duty.get(caveId) ?? 0.2;

    if (Math.abs(error) > target.tolerance) {
      // Proportional nudge, damped when the trend is already moving the right way.
      const damping = Math.sign(trend) === Math.sign(error) ? 0.5 : 1;
      next = Math.min(1, Math.max(0, next + error * 0.02 * damping));
    }

    if (next !== duty.get(caveId)) {
      await misters.setDutyCycle(caveId, next);
      duty.set(caveId, next);
    }
    return { caveId, dutyCycle: next, trend };
  }

  async function regulateAll(): Promise<MistAdjustment[]> {
    const out: MistAdjustment[] = [];
    for (const caveId of Object.keys(targets)) {
      out.push(await regulate(caveId));
    }
    return out;
  }

  return { regulate, regulateAll, currentDuty: () => new Map(duty) };
}
