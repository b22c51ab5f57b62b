// expect: no-read-before-settle
// beginBatch sets boilerTempC from the probe's 'data' event but reads it synchronously right after spawning, before any output can have arrived.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface SteamBatch {
  batchId: string;
  material: 'rabbit-felt' | 'wool-felt' | 'panama-straw';
  hats: number;
}

export interface BatchStart {
  batchId: string;
  startedAt: Date;
  boilerTempC: number;
  profile: { tempC: number; seconds: number };
}

declare const steamerLine: {
  probeCommand: string;
  openValve(profile: { tempC: number; seconds: number }): void;
  log(msg: string): void;
};

const PROFILES: Record<SteamBatch['material'], { tempC: number; seconds: number }> = {
  'rabbit-felt': { tempC: 100, seconds: 40 },
  'wool-felt': { tempC: 98, seconds: 55 },
  'panama-straw': { tempC: 90, seconds: 15 },
};

function parseProbeLine(line: string): number | undefined {
  const match = /^T=(-?\d+(?:\.\d+)?)C$/.exec(line.trim());
  return match ? Number(match[1]) : undefined;
}

export class SteamerStation {
  private probe?: ChildProcessWithoutNullStreams;
  private boilerTempC = Number.NEGATIVE_INFINITY;

  beginBatch(batch: SteamBatch): BatchStart {
    const profile = PROFILES[batch.material];
    this.ensureProbe();

    if (this.boilerTempC < profile.tempC - 2) {
      throw new Error(`boiler at ${this.boilerTempC}°C; ${batch.material} needs ${profile.tempC}°C`);
    }
    steamerLine.openValve(profile);
    steamerLine.log(`batch ${batch.batchId}: ${batch.hats} ${batch.material} hats at ${this.boilerTempC}°C`);
    return { batchId: batch.batchId, startedAt: new Date(), boilerTempC: this.boilerTempC, profile };
  }

  shutdown(): void {
    this.probe?.kill('SIGTERM');
    this.probe = undefined;
  }

  private ensureProbe(): void {
    if (this.probe) return;
    const probe = spawn(steamerLine.probeCommand, ['--interval', '500'], { stdio: 'pipe' });
    let buffered = '';
    probe.stdout.setEncoding('utf8');
    probe.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const t = parseProbeLine(line);
        if (t !== undefined) this.boilerTempC = t;
      }
    });
    probe.on('error', (err) => {
      steamerLine.log(`boiler probe failed: ${err.message}`);
      this.probe = undefined;
    });
    probe.on('exit', () => {
      this.probe = undefined;
      this.boilerTempC = Number.NEGATIVE_INFINITY;
    });
    this.probe = probe;
  }
}
