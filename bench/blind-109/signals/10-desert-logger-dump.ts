// expect: require-signal-propagation
// downloadLoggerDump has the caller's signal and uses it for the output pipeline, but spawns the wxdump child without it, so aborting a dump rejects the call but leaves the wxdump process running and holding the station's serial port, and the next dump finds the port busy.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';

export interface StationLink {
  station: string;
  serialPort: string;
  baud: number;
}

export interface DumpOptions {
  signal: AbortSignal;
  since?: Date;
  outPath: string;
}

export interface DumpSummary {
  station: string;
  outPath: string;
  exitCode: number;
  warnings: string[];
}

export class DumpFailed extends Error {
  constructor(readonly station: string, readonly exitCode: number | null, readonly stderr: string) {
    super(`wxdump for ${station} exited with ${exitCode ?? 'a signal'}: ${stderr.trim().split('\n').at(-1) ?? ''}`);
    this.name = 'DumpFailed';
  }
}

export async function downloadLoggerDump(link: StationLink, opts: DumpOptions): Promise<DumpSummary> {
  opts.signal.throwIfAborted();
  const args = ['--port', link.serialPort, '--baud', String(link.baud), '--format', 'csv'];
  if (opts.since) args.push('--since', opts.since.toISOString());

  const child = spawn('wxdump', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const exited = once(child, 'exit', { signal: opts.signal });
  const [, [code]] = await Promise.all([
    pipeline(child.stdout, createWriteStream(opts.outPath), { signal: opts.signal }),
    exited,
  ]);

  if (code !== 0) throw new DumpFailed(link.station, code as number | null, stderr);
  const warnings = stderr.split('\n').filter((line) => line.startsWith('WARN'));
  return { station: link.station, outPath: opts.outPath, exitCode: 0, warnings };
}

export async function dumpNetwork(links: StationLink[], dir: string, signal: AbortSignal): Promise<DumpSummary[]> {
  const summaries: DumpSummary[] = [];
  for (const link of links) {
    const outPath = `${dir}/${link.station}-${new Date().toISOString().slice(0, 10)}.csv`;
    summaries.push(await downloadLoggerDump(link, { signal, outPath }));
  }
  return summaries;
}
