// expect: none
// Every exit path of the child process goes through one guarded finish helper, so the promise settles exactly once whether 'error', 'close' or both fire.
import { spawn } from 'node:child_process';

export interface WaveformHeader {
  network: string;
  station: string;
  channel: string;
  sampleRate: number;
  startTime: Date;
  sampleCount: number;
}

export interface DumpOptions {
  binary?: string;
  cwd?: string;
  maxStderrBytes?: number;
}

const HEADER_LINE =
  /^(\w+)_(\w+)_\w*_(\w+),\s*\d+,\s*\w,\s*(\d+)\s+samples,\s*([\d.]+)\s*Hz,\s*(\S+)$/;

function parseHeaderLine(line: string): WaveformHeader | null {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const start = new Date(m[6].replace(/\.(\d{3})\d*Z?$/, '.$1Z'));
  if (Number.isNaN(start.getTime())) return null;
  return {
    network: m[1],
    station: m[2],
    channel: m[3],
    sampleCount: Number(m[4]),
    sampleRate: Number(m[5]),
    startTime: start,
  };
}

/**
 * Lists the miniSEED record headers of a waveform file by shelling out to
 * the msi inspector that ships with the acquisition toolchain.
 */
export function readWaveformHeaders(file: string, opts: DumpOptions = {}): Promise<WaveformHeader[]> {
  const binary = opts.binary ?? 'msi';
  const maxStderr = opts.maxStderrBytes ?? 16_384;

  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-tg', file], {
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const headers: WaveformHeader[] = [];
    let pending = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(headers);
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const header = parseHeaderLine(line.trim());
        if (header) headers.push(header);
      }
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < maxStderr) stderr += chunk;
    });

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      const tail = parseHeaderLine(pending.trim());
      if (tail) headers.push(tail);
      if (code === 0) {
        finish(null);
      } else {
        const why = code !== null ? `code ${code}` : `signal ${signal}`;
        finish(new Error(`${binary} exited with ${why}: ${stderr.trim().slice(0, 500)}`));
      }
    });
  });
}

export function totalDurationSeconds(headers: WaveformHeader[]): number {
  return headers.reduce((sum, h) => sum + h.sampleCount / h.sampleRate, 0);
}
