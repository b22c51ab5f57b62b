// expect: require-signal-propagation
// The CLI owns an AbortController tied to SIGINT and passes it to fetch and sleep, but the dosing-pump execFile call is started without it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

interface Chemistry {
  tank: string;
  alkalinityDkh: number;
  calciumPpm: number;
  magnesiumPpm: number;
}

interface Targets {
  alkalinityDkh: number;
  maxDoseMl: number;
}

const CONTROLLER_URL = process.env.REEF_CONTROLLER ?? 'http://reef-controller.local:8080';
const MG_PER_DKH_PER_L = 17.86;

function doseFor(chem: Chemistry, target: Targets, volumeL: number): number {
  const deficit = target.alkalinityDkh - chem.alkalinityDkh;
  if (deficit <= 0.1) return 0;
  const ml = (deficit * MG_PER_DKH_PER_L * volumeL) / 1000;
  return Math.min(target.maxDoseMl, Math.round(ml * 10) / 10);
}

async function readChemistry(tank: string, signal: AbortSignal): Promise<Chemistry> {
  const res = await fetch(`${CONTROLLER_URL}/tanks/${tank}/chemistry`, { signal });
  if (!res.ok) throw new Error(`${tank}: controller returned ${res.status}`);
  return (await res.json()) as Chemistry;
}

export async function main(argv: string[]): Promise<number> {
  const tanks = argv.length > 0 ? argv : ['nursery-a', 'nursery-b', 'grow-out-1'];
  const target: Targets = { alkalinityDkh: 8.3, maxDoseMl: 40 };

  const controller = new AbortController();
  process.once('SIGINT', () => {
    console.error('\ninterrupted, stopping after current step');
    controller.abort();
  });

  for (const tank of tanks) {
    const chem = await readChemistry(tank, controller.signal);
    const ml = doseFor(chem, target, 600);
    if (ml === 0) {
      console.log(`${tank}: alk ${chem.alkalinityDkh} dKH, no dose needed`);
      continue;
    }

    console.log(`${tank}: alk ${chem.alkalinityDkh} dKH, dosing ${ml} ml`);
    const { stdout } = await execFileAsync('dosing-pump', ['--tank', tank, '--ml', String(ml), '--channel', 'alk'], {
      timeout: 120_000,
    });
    console.log(stdout.trim());

    // let the dose mix before probing the next tank on the shared manifold
    await sleep(30_000, undefined, { signal: controller.signal });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.name === 'AbortError' ? 'aborted' : err.message);
    process.exit(err.name === 'AbortError' ? 130 : 1);
  },
);
