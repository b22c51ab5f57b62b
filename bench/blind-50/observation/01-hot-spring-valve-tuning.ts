// expect: no-unobserved-promise
// pressureRead is started before awaiting the schedule and weather; if the sensor rejects meanwhile, the rejection has no handler yet.

export interface ValveSchedule {
  valveId: string;
  pool: string;
  targetTempC: number;
  openHours: [number, number];
  maxFlowLpm: number;
}

export interface PressureReading {
  valveId: string;
  bar: number;
  sourceTempC: number;
}

export interface ValveAdjustment {
  valveId: string;
  openingPercent: number;
  reason: string;
}

declare const springSensors: {
  readPressure(valveId: string): Promise<PressureReading>;
};

declare const bathhouseDb: {
  loadSchedule(valveId: string): Promise<ValveSchedule>;
  saveAdjustment(adj: ValveAdjustment): Promise<void>;
};

declare const weather: {
  airTempC(): Promise<number>;
};

declare const valves: {
  setOpening(valveId: string, percent: number): Promise<void>;
};

const MAX_SAFE_BAR = 3.2;

export function computeOpening(
  schedule: ValveSchedule,
  pressure: PressureReading,
  airTempC: number,
  hour: number,
): ValveAdjustment {
  const [open, close] = schedule.openHours;
  if (hour < open || hour >= close) {
    return { valveId: schedule.valveId, openingPercent: 0, reason: 'pool closed' };
  }
  if (pressure.bar > MAX_SAFE_BAR) {
    return { valveId: schedule.valveId, openingPercent: 15, reason: `line pressure ${pressure.bar} bar` };
  }
  const heatLoss = Math.max(0, schedule.targetTempC - airTempC) * 0.8;
  const mixRatio = (schedule.targetTempC + heatLoss - 10) / Math.max(1, pressure.sourceTempC - 10);
  const openingPercent = Math.round(Math.max(5, Math.min(100, mixRatio * 100)));
  return { valveId: schedule.valveId, openingPercent, reason: `mix ${mixRatio.toFixed(2)} for ${airTempC}°C air` };
}

export class ValveTuner {
  private readonly lastOpening = new Map<string, number>();

  async tune(valveId: string, now = new Date()): Promise<ValveAdjustment> {
    const pressureRead = springSensors.readPressure(valveId);
    const schedule = await bathhouseDb.loadSchedule(valveId);
    const airTempC = await weather.airTempC();
    const pressure = await pressureRead;

    const adjustment = computeOpening(schedule, pressure, airTempC, now.getHours());
    const previous = this.lastOpening.get(valveId);
    if (previous !== undefined && Math.abs(previous - adjustment.openingPercent) < 3) {
      return { ...adjustment, openingPercent: previous, reason: 'within deadband' };
    }
    await valves.setOpening(valveId, adjustment.openingPercent);
    await bathhouseDb.saveAdjustment(adjustment);
    this.lastOpening.set(valveId, adjustment.openingPercent);
    return adjustment;
  }
}
