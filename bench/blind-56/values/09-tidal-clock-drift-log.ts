// expect: no-read-before-settle
// samples is filled by readline 'line' events, but summariseDrift(samples) runs synchronously right after the listener is attached, before any line has been read.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface DriftSample {
  serial: string;
  observedHighWater: number;
  clockHighWater: number;
}

export interface DriftSummary {
  serial: string;
  samples: number;
  meanDriftMinutes: number;
  worstDriftMinutes: number;
  verdict: 'in-spec' | 'adjust-pendulum' | 'replace-lunar-gear';
}

declare const workshopBook: {
  record(summary: DriftSummary): Promise<void>;
};

function parseSample(line: string): DriftSample | null {
  const match = /^(TC-\d{4})\s+(\d{10,13})\s+(\d{10,13})$/.exec(line.trim());
  if (!match) return null;
  return { serial: match[1], observedHighWater: Number(match[2]), clockHighWater: Number(match[3]) };
}

export function summariseDrift(serial: string, samples: readonly DriftSample[]): DriftSummary {
  const drifts = samples
    .filter((s) => s.serial === serial)
    .map((s) => (s.clockHighWater - s.observedHighWater) / 60_000);
  const mean = drifts.length ? drifts.reduce((a, b) => a + b, 0) / drifts.length : 0;
  const worst = drifts.reduce((w, d) => (Math.abs(d) > Math.abs(w) ? d : w), 0);

  let verdict: DriftSummary['verdict'] = 'in-spec';
  if (Math.abs(worst) > 45) verdict = 'replace-lunar-gear';
  else if (Math.abs(mean) > 8) verdict = 'adjust-pendulum';

  return {
    serial,
    samples: drifts.length,
    meanDriftMinutes: Math.round(mean * 10) / 10,
    worstDriftMinutes: Math.round(worst * 10) / 10,
    verdict,
  };
}

export async function assessFromLog(serial: string, logPath: string): Promise<DriftSummary> {
  const samples: DriftSample[] = [];
  const lines = createInterface({ input: createReadStream(logPath, 'utf8'), crlfDelay: Infinity });

  lines.on('line', (line) => {
    const sample = parseSample(line);
    if (sample) samples.push(sample);
  });
  const closed = once(lines, 'close');

  const summary = summariseDrift(serial, samples);
  await closed;

  await workshopBook.record(summary);
  return summary;
}

export async function assessBench(serials: readonly string[], logDir: string): Promise<DriftSummary[]> {
  const out: DriftSummary[] = [];
  for (const serial of serials) {
    out.push(await assessFromLog(serial, `${logDir}/${serial}.log`));
  }
  return out.sort((a, b) => Math.abs(b.worstDriftMinutes) - Math.abs(a.worstDriftMinutes));
}
