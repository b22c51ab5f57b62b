// expect: none
// The polling executor's interval callback fires many times, but every settling branch clears the interval and returns, so it settles exactly once.
export interface FanStatus {
  fanId: string;
  rpm: number;
  stalled: boolean;
}

export interface ZoneClimate {
  zone: string;
  humidityPct: number;
  tempC: number;
  fans: string[];
}

declare const fanBus: {
  setDuty(fanId: string, dutyPct: number, cb: (err: Error | null) => void): void;
  readStatus(fanId: string, cb: (err: Error | null, status?: FanStatus) => void): void;
};

declare const greenhouseLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

function setDuty(fanId: string, dutyPct: number): Promise<void> {
  return new Promise((resolve, reject) => {
    fanBus.setDuty(fanId, dutyPct, (err) => (err ? reject(err) : resolve()));
  });
}

function waitForSpinUp(fanId: string, targetRpm: number, pollMs = 250, maxPolls = 40): Promise<number> {
  return new Promise((resolve, reject) => {
    let polls = 0;
    let reading = false;

    const interval = setInterval(() => {
      if (reading) return;
      reading = true;
      fanBus.readStatus(fanId, (err, status) => {
        reading = false;
        polls++;
        if (err || !status) {
          clearInterval(interval);
          reject(err ?? new Error(`fan ${fanId} returned no status`));
          return;
        }
        if (status.stalled) {
          clearInterval(interval);
          reject(new Error(`fan ${fanId} stalled while spinning up`));
          return;
        }
        if (status.rpm >= targetRpm * 0.95) {
          clearInterval(interval);
          resolve(status.rpm);
          return;
        }
        if (polls >= maxPolls) {
          clearInterval(interval);
          reject(new Error(`fan ${fanId} reached only ${status.rpm} rpm of ${targetRpm}`));
        }
      });
    }, pollMs);
  });
}

function dutyForClimate(climate: ZoneClimate): number {
  const humidityPush = Math.max(0, climate.humidityPct - 70) * 2.5;
  const heatPush = Math.max(0, climate.tempC - 26) * 8;
  return Math.min(100, Math.round(25 + humidityPush + heatPush));
}

export async function ventilateZone(climate: ZoneClimate, rpmAtFullDuty = 1800): Promise<Record<string, number>> {
  const duty = dutyForClimate(climate);
  const achieved: Record<string, number> = {};
  for (const fanId of climate.fans) {
    await setDuty(fanId, duty);
    try {
      achieved[fanId] = await waitForSpinUp(fanId, (rpmAtFullDuty * duty) / 100);
    } catch (err) {
      greenhouseLog.warn('fan failed to reach target', { zone: climate.zone, fanId, err });
      await setDuty(fanId, 0);
      achieved[fanId] = 0;
    }
  }
  greenhouseLog.info('zone ventilation set', { zone: climate.zone, duty, achieved });
  return achieved;
}
