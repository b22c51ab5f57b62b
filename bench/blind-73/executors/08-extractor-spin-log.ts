// expect: none
// 'line' fires many times but only accumulates; the promise resolves on 'close', and a read error (re-emitted by readline) detaches the close handler before rejecting.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SpinCycle {
  frameCount: number;
  peakRpm: number;
  durationS: number;
  kgExtracted: number;
}

export interface SpinLogSummary {
  extractorId: string;
  cycles: SpinCycle[];
  malformedLines: number;
}

declare const apiary: {
  extractorLogPath(extractorId: string): string;
  saveSummary(summary: SpinLogSummary): Promise<void>;
};

const LINE = /^(\d+)\s+(START|RPM|STOP)\s+(\d+(?:\.\d+)?)(?:\s+(\d+(?:\.\d+)?))?$/;

export function summarizeSpinLog(extractorId: string): Promise<SpinLogSummary> {
  const file = apiary.extractorLogPath(extractorId);
  return new Promise<SpinLogSummary>((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const cycles: SpinCycle[] = [];
    let malformedLines = 0;
    let current: { startedAt: number; frames: number; peakRpm: number } | null = null;

    rl.on('line', (line) => {
      const m = LINE.exec(line.trim());
      if (!m) {
        malformedLines++;
        return;
      }
      const at = Number(m[1]);
      const value = Number(m[3]);
      switch (m[2]) {
        case 'START':
          current = { startedAt: at, frames: value, peakRpm: 0 };
          break;
        case 'RPM':
          if (current) current.peakRpm = Math.max(current.peakRpm, value);
          break;
        case 'STOP':
          if (current) {
            cycles.push({
              frameCount: current.frames,
              peakRpm: current.peakRpm,
              durationS: at - current.startedAt,
              kgExtracted: Number(m[4] ?? value),
            });
            current = null;
          }
          break;
      }
    });

    const onClose = (): void => {
      resolve({ extractorId, cycles, malformedLines });
    };
    rl.once('close', onClose);

    rl.once('error', (err) => {
      rl.off('close', onClose);
      rl.close();
      reject(err);
    });
  });
}

export async function nightlyReport(extractorIds: string[]): Promise<number> {
  let totalKg = 0;
  for (const id of extractorIds) {
    const summary = await summarizeSpinLog(id);
    totalKg += summary.cycles.reduce((kg, c) => kg + c.kgExtracted, 0);
    await apiary.saveSummary(summary);
  }
  return totalKg;
}
