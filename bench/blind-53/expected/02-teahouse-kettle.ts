// expect: no-reused-settled-promise
// waitForSteepTemp starts one probe request and re-awaits that same settled promise on every poll, so the reading never changes.
import { setTimeout as sleep } from 'node:timers/promises';

export type TeaStyle = 'gyokuro' | 'sencha' | 'oolong' | 'puerh' | 'black';

export interface ProbeReading {
  kettleId: string;
  tempC: number;
  waterLevelMl: number;
  at: number;
}

declare const kettleHub: {
  probe(kettleId: string): Promise<ProbeReading>;
  setElement(kettleId: string, on: boolean): Promise<void>;
};

declare const orderBoard: {
  markReady(orderId: string, kettleId: string, tempC: number): Promise<void>;
};

const STEEP_TEMP_C: Record<TeaStyle, number> = {
  gyokuro: 60,
  sencha: 75,
  oolong: 90,
  puerh: 95,
  black: 98,
};

export class KettleNotReadyError extends Error {
  constructor(readonly kettleId: string, readonly lastTempC: number, readonly wantedC: number) {
    super(`kettle ${kettleId} at ${lastTempC}C after polling, wanted ${wantedC}C`);
    this.name = 'KettleNotReadyError';
  }
}

function withinBand(tempC: number, targetC: number): boolean {
  // green teas scald easily, so we also need the kettle not to be far above target
  return tempC >= targetC - 1 && tempC <= targetC + 3;
}

export async function waitForSteepTemp(
  kettleId: string,
  style: TeaStyle,
  pollMs = 2_000,
  maxPolls = 90,
): Promise<ProbeReading> {
  const target = STEEP_TEMP_C[style];
  const probe = kettleHub.probe(kettleId);

  const first = await probe;
  if (first.waterLevelMl < 250) {
    throw new Error(`kettle ${kettleId} has only ${first.waterLevelMl}ml, refill first`);
  }
  if (withinBand(first.tempC, target)) return first;

  const heating = first.tempC < target;
  await kettleHub.setElement(kettleId, heating);

  let last = first;
  for (let poll = 0; poll < maxPolls; poll++) {
    await sleep(pollMs);
    last = await probe;
    if (withinBand(last.tempC, target)) {
      await kettleHub.setElement(kettleId, false);
      return last;
    }
  }
  await kettleHub.setElement(kettleId, false);
  throw new KettleNotReadyError(kettleId, last.tempC, target);
}

export async function prepareOrder(orderId: string, kettleId: string, style: TeaStyle): Promise<number> {
  const reading = await waitForSteepTemp(kettleId, style);
  await orderBoard.markReady(orderId, kettleId, reading.tempC);
  return reading.tempC;
}
