// expect: none
// Every Promise.allSettled result is narrowed on status before .value or .reason is read, and failed zeroes are reported separately.
export interface Transducer {
  channel: number;
  tapLocation: string;
  rangePa: number;
}

export interface ZeroOffset {
  channel: number;
  offsetPa: number;
  noisePa: number;
}

export interface ZeroReport {
  runId: string;
  offsets: ZeroOffset[];
  failed: Array<{ channel: number; tapLocation: string; reason: string }>;
  usable: boolean;
}

declare const scanner: {
  sampleChannel(channel: number, samples: number): Promise<number[]>;
};

declare const runSheet: {
  attachZeroes(runId: string, offsets: ZeroOffset[]): Promise<void>;
};

const SAMPLES = 512;
const MAX_NOISE_FRACTION = 0.002;
const MIN_USABLE_FRACTION = 0.9;

async function zeroChannel(t: Transducer): Promise<ZeroOffset> {
  const samples = await scanner.sampleChannel(t.channel, SAMPLES);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
  const noisePa = Math.sqrt(variance);
  if (noisePa > t.rangePa * MAX_NOISE_FRACTION) {
    throw new Error(`channel ${t.channel} too noisy at zero: ${noisePa.toFixed(2)} Pa`);
  }
  return { channel: t.channel, offsetPa: mean, noisePa };
}

export async function zeroAllTaps(runId: string, transducers: Transducer[]): Promise<ZeroReport> {
  const settled = await Promise.allSettled(transducers.map((t) => zeroChannel(t)));

  const offsets: ZeroOffset[] = [];
  const failed: ZeroReport['failed'] = [];
  settled.forEach((result, i) => {
    const t = transducers[i];
    if (result.status === 'fulfilled') {
      offsets.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ channel: t.channel, tapLocation: t.tapLocation, reason });
    }
  });

  const usable = transducers.length > 0 && offsets.length / transducers.length >= MIN_USABLE_FRACTION;
  if (usable) {
    await runSheet.attachZeroes(runId, offsets);
  }
  return { runId, offsets, failed, usable };
}

export function formatZeroReport(report: ZeroReport): string {
  const lines = [`run ${report.runId}: ${report.offsets.length} channels zeroed, ${report.failed.length} failed`];
  for (const f of report.failed) lines.push(`  ch${f.channel} (${f.tapLocation}): ${f.reason}`);
  if (!report.usable) lines.push('  NOT USABLE: re-zero before taking data');
  return lines.join('\n');
}
