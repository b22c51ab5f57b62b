// expect: none
// The analyser promise listens for 'error', 'close' and a kill timer, and every path goes through a settled-guarded finish that clears the timer.
import { spawn } from 'node:child_process';

export interface BellPartial {
  name: 'hum' | 'prime' | 'tierce' | 'quint' | 'nominal';
  hz: number;
  centsFromIdeal: number;
}

export interface TuningReport {
  bellId: string;
  partials: BellPartial[];
  needsTuning: boolean;
}

declare const ANALYSER_PATH: string;
declare const foundryLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const IDEAL_RATIOS: Record<BellPartial['name'], number> = {
  hum: 0.5,
  prime: 1,
  tierce: 1.2,
  quint: 1.5,
  nominal: 2,
};
const MAX_CENTS = 8;

function parsePartials(stdout: string, strikeHz: number): BellPartial[] {
  const partials: BellPartial[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^(hum|prime|tierce|quint|nominal)\s+([\d.]+)$/.exec(line.trim());
    if (!match) continue;
    const name = match[1] as BellPartial['name'];
    const hz = Number(match[2]);
    const ideal = strikeHz * IDEAL_RATIOS[name];
    partials.push({ name, hz, centsFromIdeal: Math.round(1200 * Math.log2(hz / ideal)) });
  }
  return partials;
}

function analyseRecording(wavPath: string, strikeHz: number, timeoutMs: number): Promise<BellPartial[]> {
  return new Promise<BellPartial[]>((resolve, reject) => {
    const child = spawn(ANALYSER_PATH, ['--partials', '--input', wavPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`analyser exceeded ${timeoutMs}ms on ${wavPath}`));
    }, timeoutMs);

    function succeed(partials: BellPartial[]): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(partials);
    }
    function fail(err: Error): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(err);
    }

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0) {
        fail(new Error(`analyser exited ${code}: ${stderr.trim()}`));
        return;
      }
      const partials = parsePartials(stdout, strikeHz);
      if (partials.length < 3) {
        fail(new Error(`analyser found only ${partials.length} partials in ${wavPath}`));
        return;
      }
      succeed(partials);
    });
  });
}

export async function tuningReport(bellId: string, wavPath: string, strikeHz: number): Promise<TuningReport> {
  const partials = await analyseRecording(wavPath, strikeHz, 30_000);
  const outOfTune = partials.filter((p) => Math.abs(p.centsFromIdeal) > MAX_CENTS);
  if (outOfTune.length > 0) {
    foundryLog.warn('bell partials outside tolerance', {
      bellId,
      partials: outOfTune.map((p) => `${p.name}:${p.centsFromIdeal}c`),
    });
  }
  return { bellId, partials, needsTuning: outOfTune.length > 0 };
}
