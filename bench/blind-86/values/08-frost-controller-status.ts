// expect: no-read-before-settle
// readControllerStatus assigns `status` inside the exec() callback, then returns status.armed synchronously, before the child process has even run.
import { exec } from 'node:child_process';
import { Command } from 'commander';

interface ControllerStatus {
  armed: boolean;
  thresholdC: number;
  sprinklerValves: Array<{ id: string; open: boolean }>;
  lastTrip?: string;
}

const FROSTCTL = process.env.FROSTCTL ?? '/usr/local/bin/frostctl';

function readControllerStatus(block: string): { armed: boolean; thresholdC: number } {
  let status: ControllerStatus = { armed: false, thresholdC: NaN, sprinklerValves: [] };
  exec(`${FROSTCTL} status --block ${block} --json`, { timeout: 10_000 }, (err, stdout) => {
    if (err) {
      console.error(`[frost] frostctl failed for ${block}: ${err.message}`);
      return;
    }
    status = JSON.parse(stdout) as ControllerStatus;
  });
  return { armed: status.armed, thresholdC: status.thresholdC };
}

function armController(block: string, thresholdC: number): Promise<void> {
  return new Promise((resolve, reject) => {
    exec(`${FROSTCTL} arm --block ${block} --threshold ${thresholdC}`, { timeout: 10_000 }, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

export async function ensureArmed(blocks: string[], thresholdC: number): Promise<string[]> {
  const armedNow: string[] = [];
  for (const block of blocks) {
    const { armed, thresholdC: current } = readControllerStatus(block);
    if (armed && current === thresholdC) {
      console.log(`[frost] ${block} already armed at ${current}C`);
      continue;
    }
    await armController(block, thresholdC);
    armedNow.push(block);
  }
  return armedNow;
}

const program = new Command()
  .name('frost-arm')
  .description('Arm vineyard frost controllers before a cold night')
  .requiredOption('-b, --blocks <ids>', 'comma separated block ids')
  .option('-t, --threshold <celsius>', 'trip temperature', '0.5')
  .action(async (opts: { blocks: string; threshold: string }) => {
    const threshold = Number(opts.threshold);
    if (!Number.isFinite(threshold) || threshold > 3 || threshold < -3) {
      program.error(`threshold ${opts.threshold} is outside -3..3 C`);
    }
    const armed = await ensureArmed(opts.blocks.split(','), threshold);
    console.log(armed.length ? `armed: ${armed.join(', ')}` : 'nothing to do');
  });

export async function main(argv = process.argv): Promise<void> {
  await program.parseAsync(argv);
}
