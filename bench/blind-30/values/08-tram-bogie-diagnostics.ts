// expect: none
// `output` and `faultLines` are filled by stdout 'data' events and read only after awaiting the child's 'close' event.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface BogieFault {
  code: string;
  bogie: 'A' | 'B' | 'C';
  severity: 'info' | 'warn' | 'stop';
  message: string;
}

export interface DiagnosticReport {
  fleetNo: string;
  exitCode: number;
  faults: BogieFault[];
  rawBytes: number;
  withdrawFromService: boolean;
}

const DIAG_TOOL = '/opt/depot/bin/bogie-diag';
const FAULT_LINE = /^FAULT\s+(\w+)\s+bogie=([ABC])\s+sev=(info|warn|stop)\s+(.*)$/;

function parseFault(line: string): BogieFault | null {
  const m = FAULT_LINE.exec(line);
  if (!m) return null;
  return { code: m[1], bogie: m[2] as BogieFault['bogie'], severity: m[3] as BogieFault['severity'], message: m[4] };
}

export async function runBogieDiagnostics(fleetNo: string, canPort: string): Promise<DiagnosticReport> {
  const child = spawn(DIAG_TOOL, ['--fleet', fleetNo, '--port', canPort, '--format', 'lines'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  let output = '';
  let rawBytes = 0;
  const faultLines: string[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    rawBytes += Buffer.byteLength(chunk);
    output += chunk;
    const lines = output.split('\n');
    output = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('FAULT')) faultLines.push(line);
  });

  const [exitCode] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (output.startsWith('FAULT')) faultLines.push(output);

  if (exitCode === null || exitCode > 2) {
    throw new Error(`bogie diagnostics for ${fleetNo} failed (exit ${exitCode})`);
  }

  const faults = faultLines.map(parseFault).filter((f): f is BogieFault => f !== null);
  return {
    fleetNo,
    exitCode,
    faults,
    rawBytes,
    withdrawFromService: faults.some((f) => f.severity === 'stop'),
  };
}

export async function sweepDepot(fleet: string[], canPort: string): Promise<DiagnosticReport[]> {
  const reports: DiagnosticReport[] = [];
  for (const fleetNo of fleet) {
    reports.push(await runBogieDiagnostics(fleetNo, canPort));
  }
  return reports.sort((a, b) => Number(b.withdrawFromService) - Number(a.withdrawFromService));
}
