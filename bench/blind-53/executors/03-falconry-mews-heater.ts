// expect: no-multiple-settle
// waitForSetpoint arms a timeout that rejects but never clears it when 'setpoint' resolves first, so the executor settles twice.
import { EventEmitter } from 'node:events';

export type MewsZone = 'weathering' | 'moulting' | 'hospital' | 'quarantine';

export interface HeaterReading {
  zone: MewsZone;
  airTempC: number;
  perchTempC: number;
  humidity: number;
}

declare const relayBoard: {
  setDuty(channel: number, percent: number): Promise<void>;
};

const ZONE_CHANNEL: Record<MewsZone, number> = {
  weathering: 1,
  moulting: 2,
  hospital: 3,
  quarantine: 4,
};

// hospital birds are kept warmer; moulting birds need steady heat for feather growth
const ZONE_TARGET_C: Record<MewsZone, number> = {
  weathering: 12,
  moulting: 18,
  hospital: 24,
  quarantine: 16,
};

export class MewsHeater extends EventEmitter {
  private duty = new Map<MewsZone, number>();

  constructor(private readonly toleranceC = 0.5) {
    super();
  }

  ingest(reading: HeaterReading): void {
    const target = ZONE_TARGET_C[reading.zone];
    this.emit('reading', reading);
    if (Math.abs(reading.airTempC - target) <= this.toleranceC) {
      this.emit('setpoint', reading);
    }
    if (reading.perchTempC > 35) {
      this.emit('overheat', reading);
    }
  }

  async adjust(reading: HeaterReading): Promise<number> {
    const target = ZONE_TARGET_C[reading.zone];
    const current = this.duty.get(reading.zone) ?? 30;
    const error = target - reading.airTempC;
    const next = Math.max(0, Math.min(100, Math.round(current + error * 6)));
    if (next !== current) {
      await relayBoard.setDuty(ZONE_CHANNEL[reading.zone], next);
      this.duty.set(reading.zone, next);
    }
    return next;
  }

  waitForSetpoint(zone: MewsZone, timeoutMs: number): Promise<HeaterReading> {
    return new Promise<HeaterReading>((resolve, reject) => {
      const onSetpoint = (reading: HeaterReading) => {
        if (reading.zone !== zone) return;
        this.off('setpoint', onSetpoint);
        resolve(reading);
      };
      this.on('setpoint', onSetpoint);
      setTimeout(() => {
        this.off('setpoint', onSetpoint);
        reject(new Error(`${zone} did not reach ${ZONE_TARGET_C[zone]}C within ${timeoutMs}ms`));
      }, timeoutMs);
    });
  }
}

export async function warmHospitalBeforeIntake(heater: MewsHeater, latest: HeaterReading): Promise<void> {
  if (latest.zone !== 'hospital') {
    throw new Error('intake warm-up only applies to the hospital zone');
  }
  await heater.adjust(latest);
  const reached = await heater.waitForSetpoint('hospital', 20 * 60_000);
  if (reached.humidity < 0.4) {
    await relayBoard.setDuty(9, 40); // humidifier channel
  }
}
