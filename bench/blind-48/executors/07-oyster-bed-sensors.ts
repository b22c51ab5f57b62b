// expect: no-multiple-settle
// Bug: the bus-error branch rejects but falls through to resolve(registers), unlike the short-read branch which returns.
export interface BedReading {
  bedId: string;
  salinityPsu: number;
  waterTempC: number;
  dissolvedOxygenMgL: number;
  turbidityNtu: number;
}

declare const modbus: {
  readHoldingRegisters(
    unit: number,
    start: number,
    count: number,
    callback: (err: Error | null, registers: number[]) => void,
  ): void;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string | number>): void;
};

export class SensorReadError extends Error {
  constructor(readonly unit: number, readonly register: number, cause: unknown) {
    super(`modbus read failed for unit ${unit} @${register}`, { cause });
    this.name = 'SensorReadError';
  }
}

const REG_SALINITY = 0x10;
const REG_BLOCK_LENGTH = 4;

const BED_UNITS: Record<string, number> = {
  'north-rack-a': 11,
  'north-rack-b': 12,
  'estuary-flats': 21,
  'south-longline': 31,
};

function readRegisters(unit: number, start: number, count: number): Promise<number[]> {
  return new Promise<number[]>((resolve, reject) => {
    modbus.readHoldingRegisters(unit, start, count, (err, registers) => {
      if (err) {
        metrics.increment('oyster.modbus.errors', { unit });
        reject(new SensorReadError(unit, start, err));
      } else if (registers.length !== count) {
        reject(new SensorReadError(unit, start, new Error(`short read ${registers.length}/${count}`)));
        return;
      }
      resolve(registers);
    });
  });
}

function decodeBlock(bedId: string, registers: number[]): BedReading {
  const [salinity, temp, oxygen, turbidity] = registers;
  return {
    bedId,
    salinityPsu: salinity / 100,
    waterTempC: (temp - 4000) / 100,
    dissolvedOxygenMgL: oxygen / 100,
    turbidityNtu: turbidity / 10,
  };
}

export async function readBed(bedId: string): Promise<BedReading> {
  const unit = BED_UNITS[bedId];
  if (unit === undefined) throw new Error(`unknown oyster bed ${bedId}`);
  const registers = await readRegisters(unit, REG_SALINITY, REG_BLOCK_LENGTH);
  return decodeBlock(bedId, registers);
}

export function harvestRisk(reading: BedReading): 'low' | 'watch' | 'close-bed' {
  if (reading.dissolvedOxygenMgL < 3 || reading.salinityPsu < 8) return 'close-bed';
  if (reading.waterTempC > 24 || reading.turbidityNtu > 40) return 'watch';
  return 'low';
}

export async function surveyBeds(): Promise<Array<BedReading & { risk: ReturnType<typeof harvestRisk> }>> {
  const survey: Array<BedReading & { risk: ReturnType<typeof harvestRisk> }> = [];
  for (const bedId of Object.keys(BED_UNITS)) {
    const reading = await readBed(bedId);
    survey.push({ ...reading, risk: harvestRisk(reading) });
  }
  return survey;
}
