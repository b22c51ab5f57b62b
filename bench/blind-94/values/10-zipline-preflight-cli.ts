// expect: no-read-before-settle
// status is assigned in the execFile callback but checked synchronously right after the call, so it is always undefined and the preflight always aborts.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface TrolleyStatus {
  line: string;
  trolleyId: string;
  wheelWearPct: number;
  lastInspection: string;
}

interface PreflightConfig {
  lines: string[];
  maxWheelWearPct: number;
  inspectionMaxAgeDays: number;
}

function parseStatus(stdout: string): TrolleyStatus[] {
  return stdout
    .trim()
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [line, trolleyId, wear, lastInspection] = l.split(/\s+/);
      return { line, trolleyId, wheelWearPct: Number(wear), lastInspection };
    });
}

function daysSince(iso: string): number {
  return (Date.now() - Date.parse(iso)) / 86_400_000;
}

export function preflight(configPath: string): number {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as PreflightConfig;
  let status: TrolleyStatus[] | undefined;

  execFile('zipctl', ['trolleys', '--format=table', ...config.lines], (err, stdout) => {
    if (err) {
      console.error(`zipctl failed: ${err.message}`);
      return;
    }
    status = parseStatus(stdout);
  });

  if (!status) {
    console.error('could not read trolley status; park stays closed');
    return 2;
  }

  let problems = 0;
  for (const t of status) {
    if (t.wheelWearPct > config.maxWheelWearPct) {
      console.error(`${t.line}/${t.trolleyId}: wheel wear ${t.wheelWearPct}% exceeds ${config.maxWheelWearPct}%`);
      problems++;
    }
    if (daysSince(t.lastInspection) > config.inspectionMaxAgeDays) {
      console.error(`${t.line}/${t.trolleyId}: inspection overdue (${t.lastInspection})`);
      problems++;
    }
  }
  if (problems === 0) console.log(`all ${status.length} trolleys cleared for riders`);
  return problems === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('preflight.js')) {
  process.exitCode = preflight(process.argv[2] ?? '/etc/zipline/preflight.json');
}
