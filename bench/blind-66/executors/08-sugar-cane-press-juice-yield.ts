// expect: no-multiple-settle
// The async executor awaits pressProfiles.load() before wiring reject, so a failed profile load rejects the executor's own promise and the returned one never settles.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RollerProfile {
  millId: string;
  rollerGapMm: number;
  hydraulicBar: number;
  expectedBrix: number;
}

export interface JuiceYield {
  millId: string;
  tonnesCrushed: number;
  litresJuice: number;
  meanBrix: number;
  belowSpecRows: number;
}

declare const pressProfiles: {
  load(millId: string): Promise<RollerProfile>;
};

declare const canePlanning: {
  publishYield(result: JuiceYield): Promise<void>;
};

interface ShiftRow {
  tonnes: number;
  litres: number;
  brix: number;
}

function parseRow(line: string): ShiftRow | undefined {
  const [tonnes, litres, brix] = line.split(',').map((cell) => Number.parseFloat(cell));
  if ([tonnes, litres, brix].some((n) => Number.isNaN(n))) return undefined;
  return { tonnes, litres, brix };
}

export function computeShiftYield(millId: string, shiftCsvPath: string): Promise<JuiceYield> {
  return new Promise<JuiceYield>(async (resolve, reject) => {
    const profile = await pressProfiles.load(millId);
    const lines = createInterface({ input: createReadStream(shiftCsvPath, 'utf8'), crlfDelay: Infinity });

    let tonnesCrushed = 0;
    let litresJuice = 0;
    let brixWeighted = 0;
    let belowSpecRows = 0;
    let header = true;

    lines.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const row = parseRow(line);
      if (!row) return;
      tonnesCrushed += row.tonnes;
      litresJuice += row.litres;
      brixWeighted += row.brix * row.litres;
      if (row.brix < profile.expectedBrix - 1.5) belowSpecRows += 1;
    });

    lines.on('error', reject);

    lines.on('close', () => {
      resolve({
        millId,
        tonnesCrushed,
        litresJuice,
        meanBrix: litresJuice > 0 ? brixWeighted / litresJuice : 0,
        belowSpecRows,
      });
    });
  });
}

export async function closeShift(millId: string, shiftCsvPath: string): Promise<JuiceYield> {
  const result = await computeShiftYield(millId, shiftCsvPath);
  if (result.tonnesCrushed === 0) {
    throw new Error(`no cane recorded for mill ${millId} in ${shiftCsvPath}`);
  }
  await canePlanning.publishYield(result);
  return result;
}
