// expect: none
// The spawn executor listens for 'error', stdin 'error' and 'close', and a single finish() guard removes listeners so exactly one settle happens.
import { spawn } from 'node:child_process';

export interface ReedProfile {
  chanter: 'highland' | 'smallpipe' | 'border';
  caneLot: string;
  thicknessMm: number;
  bladeAngleDeg: number;
  count: number;
}

export interface CutReport {
  cut: number;
  rejected: number;
  averageStrength: number;
}

export class CutterProcessError extends Error {
  constructor(message: string, readonly exitCode: number | null, readonly stderrTail: string) {
    super(message);
    this.name = 'CutterProcessError';
  }
}

const CUTTER_BIN = '/usr/local/bin/reedcut';

function tail(text: string, lines = 12): string {
  return text.split('\n').slice(-lines).join('\n');
}

export function runCutter(profile: ReedProfile, device = '/dev/ttyReed0'): Promise<CutReport> {
  return new Promise<CutReport>((resolve, reject) => {
    const child = spawn(CUTTER_BIN, ['--device', device, '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let done = false;

    const finish = (err: Error | null, report?: CutReport) => {
      if (done) return;
      done = true;
      child.removeListener('error', onError);
      child.removeListener('close', onClose);
      child.stdin.removeListener('error', onError);
      if (err) {
        reject(err);
      } else {
        resolve(report!);
      }
    };

    const onError = (err: Error) => finish(err);

    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      if (code !== 0) {
        const reason = signal ? `killed by ${signal}` : `exited with ${code}`;
        finish(new CutterProcessError(`reedcut ${reason}`, code, tail(stderr)));
        return;
      }
      try {
        finish(null, JSON.parse(stdout) as CutReport);
      } catch (parseErr) {
        finish(new CutterProcessError(`unreadable report: ${(parseErr as Error).message}`, code, tail(stdout)));
      }
    };

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', onError);
    child.stdin.on('error', onError);
    child.on('close', onClose);

    child.stdin.end(JSON.stringify(profile));
  });
}

export async function cutOrder(profiles: readonly ReedProfile[]): Promise<CutReport> {
  const totals: CutReport = { cut: 0, rejected: 0, averageStrength: 0 };
  let strengthSum = 0;
  for (const profile of profiles) {
    const report = await runCutter(profile);
    totals.cut += report.cut;
    totals.rejected += report.rejected;
    strengthSum += report.averageStrength * report.cut;
  }
  totals.averageStrength = totals.cut > 0 ? strengthSum / totals.cut : 0;
  return totals;
}
