// expect: none
// The counters filled by the readline 'line' listener are read only after awaiting the reader's 'close' and the file stream's completion, when every line has been delivered.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

export interface LogStats {
  requests: number;
  malformed: number;
  byStatus: Record<string, number>;
  p95Ms: number;
  slowest: { path: string; ms: number } | null;
}

const LINE = /^\S+ \S+ \S+ \[[^\]]+\] "(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) [^"]*" (\d{3}) \d+ (\d+(?:\.\d+)?)$/;

export async function summarizeAccessLog(file: string): Promise<LogStats> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const durations: number[] = [];
  const byStatus: Record<string, number> = {};
  let malformed = 0;
  let slowest: LogStats['slowest'] = null;

  rl.on('line', (line) => {
    const m = LINE.exec(line);
    if (!m) {
      if (line.trim()) malformed++;
      return;
    }
    const [, path, status, ms] = m;
    const millis = Number(ms);
    const bucket = `${status[0]}xx`;
    byStatus[bucket] = (byStatus[bucket] ?? 0) + 1;
    durations.push(millis);
    if (!slowest || millis > slowest.ms) slowest = { path, ms: millis };
  });

  await Promise.all([once(rl, 'close'), finished(input)]);

  durations.sort((a, b) => a - b);
  const p95Ms = durations.length ? durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.95))] : 0;
  return { requests: durations.length, malformed, byStatus, p95Ms, slowest };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: access-log-stats <file>...');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const stats = await summarizeAccessLog(file);
    const statuses = Object.entries(stats.byStatus)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    console.log(`${file}: ${stats.requests} requests, ${stats.malformed} malformed, p95 ${stats.p95Ms}ms, ${statuses}`);
    if (stats.slowest) console.log(`  slowest: ${stats.slowest.path} (${stats.slowest.ms}ms)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
