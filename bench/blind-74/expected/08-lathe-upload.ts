// expect: no-reused-settled-promise
// retrying() receives an already-started upload promise, so each "retry" re-awaits the same rejected promise instead of uploading again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TurningPass {
  fromMm: number;
  toMm: number;
  diameterMm: number;
  feedMmPerRev: number;
}

export interface ToyProgram {
  sku: string;
  wood: 'beech' | 'maple' | 'birch';
  blankLengthMm: number;
  passes: TurningPass[];
}

declare const latheController: {
  uploadProgram(latheId: string, gcode: string): Promise<{ checksum: string }>;
  startCycle(latheId: string): Promise<void>;
  status(latheId: string): Promise<'idle' | 'running' | 'fault'>;
};

declare const workshopLog: {
  warn(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
};

const SPINDLE_RPM: Record<ToyProgram['wood'], number> = { beech: 1800, maple: 1600, birch: 2000 };

async function retrying<T>(operation: Promise<T>, what: string, attempts = 3): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastErr = err;
      workshopLog.warn(`${what} failed`, { attempt, err: String(err) });
      if (attempt < attempts) await sleep(250 * attempt);
    }
  }
  throw new Error(`${what} failed after ${attempts} attempts`, { cause: lastErr });
}

export function toGcode(program: ToyProgram): string {
  const lines = [`; ${program.sku} (${program.wood})`, 'G21', 'G90', `M3 S${SPINDLE_RPM[program.wood]}`];
  for (const pass of program.passes) {
    if (pass.toMm > program.blankLengthMm) {
      throw new RangeError(`pass to ${pass.toMm} mm runs off a ${program.blankLengthMm} mm blank`);
    }
    const radius = (pass.diameterMm / 2).toFixed(2);
    lines.push(`G0 Z${pass.fromMm.toFixed(2)}`, `G1 X${radius} F${pass.feedMmPerRev}`, `G1 Z${pass.toMm.toFixed(2)}`, 'G0 X30');
  }
  lines.push('M5', 'M30');
  return lines.join('\n');
}

function checksum(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export class LatheCell {
  constructor(private readonly latheId: string) {}

  async load(program: ToyProgram): Promise<void> {
    const gcode = toGcode(program);
    const expected = checksum(gcode);
    const { checksum: received } = await retrying(
      latheController.uploadProgram(this.latheId, gcode),
      `upload ${program.sku} to ${this.latheId}`,
    );
    if (received !== expected) {
      throw new Error(`controller checksum ${received} does not match ${expected}`);
    }
    workshopLog.info('program loaded', { latheId: this.latheId, sku: program.sku });
  }

  async run(program: ToyProgram): Promise<void> {
    const state = await latheController.status(this.latheId);
    if (state !== 'idle') throw new Error(`lathe ${this.latheId} is ${state}`);
    await this.load(program);
    await latheController.startCycle(this.latheId);
  }
}
