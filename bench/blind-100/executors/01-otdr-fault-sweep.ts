// expect: none
// The OTDR wrapper settles only through a guarded finish() that clears the timer, and it listens to error and close, so a spawn failure followed by close cannot settle twice and no exit path leaves the promise pending.
import { spawn } from 'node:child_process';

export interface OtdrTrace {
  fiberPair: number;
  faultKm: number | null;
  lossDb: number;
}

export interface SweepOptions {
  binary: string;
  segmentId: string;
  pairs: number[];
  timeoutMs: number;
}

const TRACE_LINE = /^PAIR (\d+) LOSS ([\d.]+) FAULT (none|[\d.]+)$/;

function parseTraceLine(line: string): OtdrTrace | null {
  const m = TRACE_LINE.exec(line.trim());
  if (!m) return null;
  return {
    fiberPair: Number(m[1]),
    lossDb: Number(m[2]),
    faultKm: m[3] === 'none' ? null : Number(m[3]),
  };
}

export function runFaultSweep(opts: SweepOptions): Promise<OtdrTrace[]> {
  return new Promise<OtdrTrace[]>((resolve, reject) => {
    const child = spawn(opts.binary, ['--segment', opts.segmentId, '--pairs', opts.pairs.join(',')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const traces: OtdrTrace[] = [];
    let pending = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`OTDR sweep of ${opts.segmentId} exceeded ${opts.timeoutMs}ms`));
    }, opts.timeoutMs);

    function finish(err: Error | null): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(traces);
    }

    function consume(line: string): void {
      const trace = parseTraceLine(line);
      if (trace) traces.push(trace);
    }

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(consume);
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (pending) consume(pending);
      if (code === 0) {
        finish(null);
      } else {
        finish(new Error(`otdr exited with ${code ?? signal}: ${stderr.trim().slice(0, 200)}`));
      }
    });
  });
}

export function worstFault(traces: OtdrTrace[]): OtdrTrace | undefined {
  return traces
    .filter((t) => t.faultKm !== null)
    .sort((a, b) => b.lossDb - a.lossDb)[0];
}
