// expect: no-multiple-settle
// Bug: the executor waits only for the write stream's 'finish'; a disk or permission error emits 'error' instead and the promise never settles.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface TurbineSample {
  turbineId: string;
  at: Date;
  rotorRpm: number;
  flowMs: number;
  outputKw: number;
  bladePitchDeg: number;
}

declare const telemetryStore: {
  samplesBetween(turbineId: string, from: Date, to: Date): Promise<TurbineSample[]>;
};

declare const exportConfig: { directory: string; maxGapSeconds: number };

const HEADER = 'turbine_id,timestamp,rotor_rpm,flow_ms,output_kw,blade_pitch_deg\n';

function toCsvLine(s: TurbineSample): string {
  return [
    s.turbineId,
    s.at.toISOString(),
    s.rotorRpm.toFixed(2),
    s.flowMs.toFixed(3),
    s.outputKw.toFixed(1),
    s.bladePitchDeg.toFixed(1),
  ].join(',') + '\n';
}

function writeCsv(path: string, samples: TurbineSample[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path, { flags: 'w', encoding: 'utf8' });
    let bytes = 0;

    out.on('finish', () => resolve(bytes));

    out.write(HEADER);
    bytes += HEADER.length;
    for (const sample of samples) {
      if (!Number.isFinite(sample.outputKw) || !Number.isFinite(sample.rotorRpm)) {
        out.destroy();
        reject(new Error(`corrupt sample for ${sample.turbineId} at ${sample.at.toISOString()}`));
        return;
      }
      const line = toCsvLine(sample);
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

function findGaps(samples: TurbineSample[]): number {
  let gaps = 0;
  for (let i = 1; i < samples.length; i++) {
    const delta = (samples[i].at.getTime() - samples[i - 1].at.getTime()) / 1000;
    if (delta > exportConfig.maxGapSeconds) gaps += 1;
  }
  return gaps;
}

export interface ExportSummary {
  turbineId: string;
  file: string;
  rows: number;
  bytes: number;
  gaps: number;
}

export async function exportTideCycle(turbineId: string, slackWater: Date, nextSlack: Date): Promise<ExportSummary> {
  const samples = await telemetryStore.samplesBetween(turbineId, slackWater, nextSlack);
  samples.sort((a, b) => a.at.getTime() - b.at.getTime());
  const stamp = slackWater.toISOString().replace(/[:.]/g, '-');
  const file = join(exportConfig.directory, `${turbineId}-${stamp}.csv`);
  const bytes = await writeCsv(file, samples);
  return { turbineId, file, rows: samples.length, bytes, gaps: findGaps(samples) };
}
