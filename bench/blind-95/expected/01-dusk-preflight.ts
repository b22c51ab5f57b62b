// expect: no-uncalled-async-function
// Promise.all receives the check functions themselves instead of their calls, so it resolves immediately with three function objects, none of the dusk checks run and the script always reports the light ready.
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import process, { argv } from 'node:process';

const run = promisify(execFile);

interface StationConfig {
  station: string;
  minBatteryVolts: number;
  lampcontroller: string;
  foghornDevice: string;
}

let config: StationConfig;

class CheckFailed extends Error {
  override name = 'CheckFailed';
}

async function checkLamp(): Promise<void> {
  const { stdout } = await run(config.lampcontroller, ['status', '--json']);
  const status = JSON.parse(stdout) as { filamentOk: boolean; rotating: boolean };
  if (!status.filamentOk) throw new CheckFailed('primary filament failed – switch to reserve lamp');
  if (!status.rotating) throw new CheckFailed('optic is not rotating');
}

async function checkBattery(): Promise<void> {
  const raw = await readFile('/sys/class/power_supply/bank0/voltage_now', 'utf8');
  const volts = Number(raw.trim()) / 1_000_000;
  if (volts < config.minBatteryVolts) {
    throw new CheckFailed(`battery bank at ${volts.toFixed(2)} V, below ${config.minBatteryVolts} V`);
  }
}

async function checkFogHorn(): Promise<void> {
  const { stdout } = await run('fogctl', ['--device', config.foghornDevice, 'selftest']);
  if (!/^PASS/m.test(stdout)) throw new CheckFailed(`fog horn self-test failed: ${stdout.trim()}`);
}

async function main(): Promise<number> {
  const configPath = argv[2] ?? '/etc/keeper/station.json';
  config = JSON.parse(await readFile(configPath, 'utf8')) as StationConfig;

  try {
    await Promise.all([checkLamp, checkBattery, checkFogHorn]);
  } catch (err) {
    console.error(`[${config.station}] NOT READY FOR DUSK: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }

  console.log(`[${config.station}] all dusk checks passed, light may be exhibited`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error('preflight crashed', err);
    process.exitCode = 1;
  },
);
