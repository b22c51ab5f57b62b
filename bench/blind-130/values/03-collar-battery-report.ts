// expect: none
// The battery levels are collected by listeners but only read after awaiting the 'sweep-complete' event with events.once, by which time every 'battery' event has been delivered.
import { once, type EventEmitter } from 'node:events';

export interface BatteryEvent {
  collarId: string;
  millivolts: number;
  solarCharging: boolean;
}

export interface CollarGateway extends EventEmitter {
  requestBatterySweep(herdId: string): Promise<void>;
}

export interface BatteryReport {
  herdId: string;
  lowCollars: string[];
  averageMv: number;
  charging: number;
}

const LOW_MV = 3_450;

export async function collectBatteryReport(
  gateway: CollarGateway,
  herdId: string,
  signal: AbortSignal,
): Promise<BatteryReport> {
  const levels = new Map<string, number>();
  let charging = 0;

  const onBattery = (event: BatteryEvent) => {
    levels.set(event.collarId, event.millivolts);
    if (event.solarCharging) charging++;
  };

  gateway.on('battery', onBattery);
  try {
    await Promise.all([once(gateway, 'sweep-complete', { signal }), gateway.requestBatterySweep(herdId)]);
  } finally {
    gateway.off('battery', onBattery);
  }

  const values = [...levels.values()];
  const averageMv = values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;
  const lowCollars = [...levels.entries()]
    .filter(([, mv]) => mv < LOW_MV)
    .map(([id]) => id)
    .sort();

  return { herdId, lowCollars, averageMv, charging };
}

export function batteryDigest(report: BatteryReport): string {
  if (report.lowCollars.length === 0) {
    return `herd ${report.herdId}: all collars healthy (avg ${report.averageMv} mV)`;
  }
  return `herd ${report.herdId}: ${report.lowCollars.length} collar(s) low — ${report.lowCollars.join(', ')}; ${report.charging} charging`;
}
