// expect: no-multiple-settle
// When the watchdog kills the diagnostics child, 'close' fires with code null and neither branch settles, so runDiagnostics never resolves or rejects.
import { spawn } from 'node:child_process';

export interface JukeboxUnit {
  serial: string;
  model: 'Wurlitzer 1015' | 'Seeburg M100C' | 'Rock-Ola 1448';
  port: string;
}

export interface DiagnosticReport {
  serial: string;
  mechanismOk: boolean;
  selectorFaults: string[];
  ampTempC: number;
  recordsIndexed: number;
}

export class DiagnosticsError extends Error {
  constructor(
    readonly serial: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`diagnostics for ${serial} exited with ${exitCode}: ${stderr.split('\n')[0] ?? ''}`);
    this.name = 'DiagnosticsError';
  }
}

const DIAG_BIN = process.env.JUKEBOX_DIAG_BIN ?? '/opt/jukebox/bin/jbdiag';
const WATCHDOG_MS = 90_000;

function parseReport(serial: string, stdout: string): DiagnosticReport {
  const raw = JSON.parse(stdout) as {
    mechanism: { ok: boolean };
    selector: { faults?: string[] };
    amplifier: { temp_c: number };
    carousel: { indexed: number };
  };
  return {
    serial,
    mechanismOk: raw.mechanism.ok,
    selectorFaults: raw.selector.faults ?? [],
    ampTempC: raw.amplifier.temp_c,
    recordsIndexed: raw.carousel.indexed,
  };
}

export function runDiagnostics(unit: JukeboxUnit): Promise<DiagnosticReport> {
  return new Promise<DiagnosticReport>((resolve, reject) => {
    const child = spawn(DIAG_BIN, ['--model', unit.model, '--port', unit.port, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let finished = false;

    const watchdog = setTimeout(() => child.kill('SIGKILL'), WATCHDOG_MS);

    const fail = (err: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(watchdog);
      reject(err);
    };

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(watchdog);
      if (finished) return;
      if (code === 0) {
        finished = true;
        try {
          resolve(parseReport(unit.serial, Buffer.concat(stdout).toString('utf8')));
        } catch (err) {
          reject(new Error(`unreadable diagnostics output for ${unit.serial}`, { cause: err }));
        }
      } else if (code !== null) {
        fail(new DiagnosticsError(unit.serial, code, Buffer.concat(stderr).toString('utf8')));
      }
    });
  });
}

export function needsBench(report: DiagnosticReport): boolean {
  return !report.mechanismOk || report.selectorFaults.length > 2 || report.ampTempC > 70;
}
