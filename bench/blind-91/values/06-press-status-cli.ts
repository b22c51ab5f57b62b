// expect: no-read-before-settle
// status is assigned inside the execFile callback, which runs after the child exits, but it is read synchronously right after execFile() returns, so the guard always sees undefined.
import { execFile } from 'node:child_process';
import { parseArgs } from 'node:util';

interface PressStatus {
  unit: number;
  state: 'idle' | 'pressing' | 'releasing' | 'fault';
  bar: number;
  rackCount: number;
  lastCycleAt: string | null;
}

const PRESSCTL = process.env.PRESSCTL ?? '/usr/local/bin/pressctl';

function startCycle(unit: number, racks: number, dryRun: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['cycle', '--unit', String(unit), '--racks', String(racks)];
    if (dryRun) args.push('--dry-run');
    execFile(PRESSCTL, args, { timeout: 10_000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`pressctl cycle failed: ${stderr.trim() || err.message}`));
        return;
      }
      resolve(stdout.trim());
    });
  });
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      unit: { type: 'string', short: 'u', default: '1' },
      racks: { type: 'string', short: 'r', default: '8' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const unit = Number(values.unit);
  const racks = Number(values.racks);

  let status: PressStatus | undefined;
  execFile(PRESSCTL, ['status', '--unit', String(unit), '--json'], (err, stdout) => {
    if (err) {
      console.error(`could not read status of press ${unit}: ${err.message}`);
      return;
    }
    status = JSON.parse(stdout) as PressStatus;
  });

  if (!values.force) {
    if (!status) {
      console.error(`press ${unit}: status unknown, refusing to start (use --force to override)`);
      return 1;
    }
    if (status.state !== 'idle') {
      console.error(`press ${unit} is ${status.state} at ${status.bar} bar; wait for it to finish`);
      return 1;
    }
    if (racks > status.rackCount) {
      console.error(`press ${unit} only holds ${status.rackCount} racks`);
      return 1;
    }
  }

  const out = await startCycle(unit, racks, values['dry-run'] ?? false);
  console.log(out || `press ${unit}: cycle started with ${racks} racks`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
