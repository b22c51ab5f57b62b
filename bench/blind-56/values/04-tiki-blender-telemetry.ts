// expect: none
// peakRpm and overheated are written by 'rpm'/'overheat' listeners and read only after awaiting the 'done' event that ends the run, so the callbacks have already fired.
import { EventEmitter, once } from 'node:events';

export interface BlendProgram {
  name: 'frozen-daiquiri' | 'blue-hawaiian' | 'lava-flow' | 'chi-chi';
  seconds: number;
  targetRpm: number;
}

export interface BlendReport {
  program: BlendProgram['name'];
  peakRpm: number;
  averageRpm: number;
  overheated: boolean;
  samples: number;
}

export interface BlenderDevice extends EventEmitter {
  start(program: BlendProgram): void;
  stop(): void;
}

declare const maintenanceQueue: {
  file(blenderId: string, note: string): Promise<void>;
};

export async function blendWithTelemetry(device: BlenderDevice, program: BlendProgram): Promise<BlendReport> {
  let peakRpm = 0;
  let total = 0;
  let samples = 0;
  let overheated = false;

  const onRpm = (rpm: number) => {
    peakRpm = Math.max(peakRpm, rpm);
    total += rpm;
    samples += 1;
  };
  const onOverheat = () => {
    overheated = true;
    device.stop();
  };

  device.on('rpm', onRpm);
  device.on('overheat', onOverheat);
  try {
    const done = once(device, 'done');
    device.start(program);
    await done;
  } finally {
    device.off('rpm', onRpm);
    device.off('overheat', onOverheat);
  }

  return {
    program: program.name,
    peakRpm,
    averageRpm: samples === 0 ? 0 : Math.round(total / samples),
    overheated,
    samples,
  };
}

export async function serviceCheck(blenderId: string, device: BlenderDevice): Promise<BlendReport> {
  const report = await blendWithTelemetry(device, { name: 'frozen-daiquiri', seconds: 20, targetRpm: 18_000 });
  const sagging = report.samples > 0 && report.averageRpm < 0.8 * 18_000;
  if (report.overheated || sagging) {
    const reasons = [report.overheated ? 'overheat cut-out' : '', sagging ? `avg ${report.averageRpm} rpm` : '']
      .filter(Boolean)
      .join(', ');
    await maintenanceQueue.file(blenderId, `service check failed: ${reasons}`);
  }
  return report;
}

export function describeReport(report: BlendReport): string {
  const flag = report.overheated ? ' (cut out: overheat)' : '';
  return `${report.program}: peak ${report.peakRpm} rpm, avg ${report.averageRpm} rpm over ${report.samples} samples${flag}`;
}
