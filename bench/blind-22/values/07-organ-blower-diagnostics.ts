// expect: none
// stdout is accumulated in 'data' listeners and only parsed after the promise that resolves on the child's 'close' event has been awaited.
import { spawn } from 'node:child_process';

export interface BlowerStatus {
  windPressureMmWg: number;
  motorRpm: number;
  motorTempC: number;
  reservoirFull: boolean;
}

export interface DiagnosticResult {
  ok: boolean;
  status?: BlowerStatus;
  warnings: string[];
  stderr: string;
}

const BLOWERCTL = process.env.BLOWERCTL_PATH ?? '/usr/local/bin/blowerctl';
const NOMINAL_WIND_MM = 80; // tracker action, typical for the great organ

function runBlowerctl(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const child = spawn(BLOWERCTL, args, { signal: controller.signal, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => controller.abort(), timeoutMs);

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function parseStatus(raw: string): BlowerStatus {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const [key, value] = line.split('=');
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  return {
    windPressureMmWg: Number(fields.get('wind_mm') ?? NaN),
    motorRpm: Number(fields.get('rpm') ?? NaN),
    motorTempC: Number(fields.get('motor_temp') ?? NaN),
    reservoirFull: fields.get('reservoir') === 'full',
  };
}

export async function diagnoseBlower(unit: string, timeoutMs = 5000): Promise<DiagnosticResult> {
  const { code, stdout, stderr } = await runBlowerctl(['status', '--unit', unit, '--format=kv'], timeoutMs);
  if (code !== 0) {
    return { ok: false, warnings: [`blowerctl exited with ${code}`], stderr };
  }

  const status = parseStatus(stdout);
  const warnings: string[] = [];
  if (Math.abs(status.windPressureMmWg - NOMINAL_WIND_MM) > 5) {
    warnings.push(`wind pressure ${status.windPressureMmWg} mm WG is outside tolerance`);
  }
  if (status.motorTempC > 70) warnings.push(`motor running hot at ${status.motorTempC} C`);
  if (!status.reservoirFull) warnings.push('reservoir not at full rise');

  return { ok: warnings.length === 0, status, warnings, stderr };
}
