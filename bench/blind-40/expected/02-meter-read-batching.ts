// expect: none
// readMeter and lane are handed over as functions to helpers that call them; every promise Promise.all receives comes from an actual call.
export interface MeterReading {
  meterId: string;
  litres: number;
  consumedSinceLast: number | null;
  batteryPct: number;
  readAt: string;
}

declare const meterGateway: {
  readRegister(meterId: string): Promise<{ litres: number; at: string; batteryPct: number }>;
};

declare const billingDb: {
  lastReading(meterId: string): Promise<number | null>;
  saveReading(reading: MeterReading): Promise<void>;
  refreshTariffs(): Promise<void>;
  refreshHolidayCalendar(): Promise<void>;
};

export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;

  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index] as T, index);
    }
  };

  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

async function readMeter(meterId: string): Promise<MeterReading> {
  const [register, previous] = await Promise.all([
    meterGateway.readRegister(meterId),
    billingDb.lastReading(meterId),
  ]);
  const consumed = previous === null ? null : register.litres - previous;
  if (consumed !== null && consumed < 0) {
    throw new Error(`meter ${meterId} register went backwards (${previous} -> ${register.litres})`);
  }
  return {
    meterId,
    litres: register.litres,
    consumedSinceLast: consumed,
    batteryPct: register.batteryPct,
    readAt: register.at,
  };
}

export interface DistrictReadSummary {
  read: number;
  lowBattery: string[];
  suspectedLeaks: string[];
}

export async function readDistrict(
  meterIds: readonly string[],
  leakThresholdLitres = 25_000,
): Promise<DistrictReadSummary> {
  const refreshers = [billingDb.refreshTariffs, billingDb.refreshHolidayCalendar];
  await Promise.all(refreshers.map((refresh) => refresh.call(billingDb)));

  const readings = await mapWithConcurrency(meterIds, 8, readMeter);
  for (const reading of readings) {
    await billingDb.saveReading(reading);
  }

  return {
    read: readings.length,
    lowBattery: readings.filter((r) => r.batteryPct < 15).map((r) => r.meterId),
    suspectedLeaks: readings
      .filter((r) => r.consumedSinceLast !== null && r.consumedSinceLast > leakThresholdLitres)
      .map((r) => r.meterId),
  };
}
