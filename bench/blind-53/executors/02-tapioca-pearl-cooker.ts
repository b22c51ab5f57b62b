// expect: none
// The flush executor listens for both 'finish' and 'error', removes the other listener when one fires, and settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface CookStep {
  minute: number;
  waterTempC: number;
  stirRpm: number;
  note?: string;
}

export interface PearlBatch {
  batchId: string;
  kilograms: number;
  pearlSizeMm: number;
  steps: CookStep[];
}

declare const kettleLine: {
  currentTemp(cookerId: string): Promise<number>;
  setTarget(cookerId: string, celsius: number): Promise<void>;
};

function planSteps(kilograms: number, pearlSizeMm: number): CookStep[] {
  const boilMinutes = Math.round(18 + pearlSizeMm * 2.5 + kilograms * 0.4);
  const steps: CookStep[] = [{ minute: 0, waterTempC: 100, stirRpm: 40, note: 'add pearls slowly' }];
  for (let minute = 5; minute < boilMinutes; minute += 5) {
    steps.push({ minute, waterTempC: 98, stirRpm: 25 });
  }
  steps.push({ minute: boilMinutes, waterTempC: 85, stirRpm: 10, note: 'cover and rest' });
  steps.push({ minute: boilMinutes + 15, waterTempC: 20, stirRpm: 0, note: 'rinse in cold water' });
  return steps;
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

export async function writeBatchSheet(batch: PearlBatch, file: string): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let lines = 0;
  try {
    const header = `# batch ${batch.batchId} ${batch.kilograms}kg ${batch.pearlSizeMm}mm\n`;
    if (!out.write(header)) await once(out, 'drain');
    for (const step of batch.steps) {
      const row = [step.minute, step.waterTempC, step.stirRpm, step.note ?? ''].join(',') + '\n';
      if (!out.write(row)) await once(out, 'drain');
      lines += 1;
    }
  } catch (err) {
    out.destroy();
    throw err;
  }
  await endStream(out);
  return lines;
}

export async function prepareBatch(cookerId: string, batchId: string, kilograms: number, pearlSizeMm: number) {
  if (kilograms <= 0 || kilograms > 40) {
    throw new RangeError(`cooker ${cookerId} cannot take ${kilograms}kg`);
  }
  const batch: PearlBatch = { batchId, kilograms, pearlSizeMm, steps: planSteps(kilograms, pearlSizeMm) };
  const written = await writeBatchSheet(batch, `/srv/tapioca/sheets/${batchId}.csv`);

  const temp = await kettleLine.currentTemp(cookerId);
  if (temp < 95) {
    await kettleLine.setTarget(cookerId, 100);
  }
  return { batch, written };
}
