// expect: no-multiple-settle
// The executor is async and awaits hatchery.getTank before wiring up resolve/reject, so if that lookup fails the returned promise never settles.
import { EventEmitter } from 'node:events';

interface TankInfo {
  id: string;
  species: 'Crassostrea gigas' | 'Ostrea edulis';
  volumeLitres: number;
  cultchType: 'shell' | 'chip' | 'plate';
}

interface SettlementReading {
  tankId: string;
  larvaeRemainingPerMl: number;
  setPercent: number;
  at: number;
}

declare const hatchery: {
  getTank(id: string): Promise<TankInfo>;
  sensors: EventEmitter;
  openDrain(tankId: string, fraction: number): Promise<void>;
};

export interface SettlementOutcome {
  tank: TankInfo;
  finalSetPercent: number;
  hours: number;
}

const TARGET_SET: Record<TankInfo['cultchType'], number> = {
  shell: 60,
  chip: 75,
  plate: 50,
};

export function watchSettlement(tankId: string, maxHours = 96): Promise<SettlementOutcome> {
  return new Promise<SettlementOutcome>(async (resolve, reject) => {
    const tank = await hatchery.getTank(tankId);
    const started = Date.now();
    const target = TARGET_SET[tank.cultchType];

    const deadline = setTimeout(() => {
      hatchery.sensors.off('settlement', onReading);
      reject(new Error(`tank ${tankId} did not reach ${target}% set within ${maxHours}h`));
    }, maxHours * 3_600_000);

    function onReading(r: SettlementReading) {
      if (r.tankId !== tankId) return;
      if (r.setPercent < target) return;
      clearTimeout(deadline);
      hatchery.sensors.off('settlement', onReading);
      resolve({
        tank,
        finalSetPercent: r.setPercent,
        hours: (r.at - started) / 3_600_000,
      });
    }

    hatchery.sensors.on('settlement', onReading);
  });
}

export async function runSettingCycle(tankIds: string[]): Promise<void> {
  const outcomes = await Promise.allSettled(tankIds.map((id) => watchSettlement(id)));
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'fulfilled') {
      // drain down the residual larvae once the spat have set
      await hatchery.openDrain(tankIds[i], 0.8);
      console.log(`tank ${tankIds[i]}: ${outcome.value.finalSetPercent}% set in ${outcome.value.hours.toFixed(1)}h`);
    } else {
      console.error(`tank ${tankIds[i]}: ${(outcome.reason as Error).message}`);
    }
  }
}
