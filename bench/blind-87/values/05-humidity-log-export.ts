// expect: none
// The byte counter written in the 'data' callback is read only after `await finished(...)`, and the calibration assigned in .then() is read only after that chain is awaited through Promise.all.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

export interface ExportSummary {
  caseId: string;
  rows: number;
  excursions: number;
  minRh: number;
  maxRh: number;
  outputPath: string;
}

interface Calibration {
  offsetRh: number;
  offsetC: number;
}

declare const calibrations: { forLogger(loggerId: string): Promise<Calibration> };

// Target band for the paper and parchment cases.
const RH_LOW = 45;
const RH_HIGH = 55;

async function readLines(path: string): Promise<string[]> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const lines: string[] = [];
  for await (const line of rl) lines.push(line);
  return lines;
}

export async function exportCaseHumidity(
  caseId: string,
  loggerId: string,
  rawCsv: string,
  outputPath: string,
): Promise<ExportSummary> {
  let calibration: Calibration = { offsetRh: 0, offsetC: 0 };
  const calibrationLoaded = calibrations.forLogger(loggerId).then((c) => {
    calibration = c;
  });

  const [lines] = await Promise.all([readLines(rawCsv), calibrationLoaded]);

  const out = createWriteStream(outputPath, { encoding: 'utf8' });
  let rows = 0;
  let excursions = 0;
  let minRh = Infinity;
  let maxRh = -Infinity;

  out.write('timestamp,rh_pct,temp_c,in_band\n');
  for (const line of lines.slice(1)) {
    const [ts, rhRaw, tRaw] = line.split(',');
    const rh = Number(rhRaw) + calibration.offsetRh;
    const t = Number(tRaw) + calibration.offsetC;
    const inBand = rh >= RH_LOW && rh <= RH_HIGH;
    if (!inBand) excursions += 1;
    minRh = Math.min(minRh, rh);
    maxRh = Math.max(maxRh, rh);
    rows += 1;
    if (!out.write(`${ts},${rh.toFixed(1)},${t.toFixed(1)},${inBand ? 1 : 0}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await finished(out);

  return { caseId, rows, excursions, minRh, maxRh, outputPath };
}

export async function countLoggerBytes(rawCsv: string): Promise<number> {
  let bytes = 0;
  const input = createReadStream(rawCsv);
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  await finished(input);
  return bytes;
}
