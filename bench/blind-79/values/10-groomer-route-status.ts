// expect: none
// Correct: every async value is awaited before it appears in a template string, a comparison or the status payload; the 'arrived' flag is read only after awaiting once().
import { EventEmitter, once } from 'node:events';

interface Piste {
  pisteId: string;
  name: string;
  difficulty: 'green' | 'blue' | 'red' | 'black';
  lengthM: number;
}

interface Groomer extends EventEmitter {
  machineId: string;
  driveTo(pisteId: string): void;
  winchAttached(): Promise<boolean>;
  fuelPct(): Promise<number>;
}

declare const statusBoard: { publish(json: string): Promise<void> };
declare const snowReport: { newSnowCm(pisteId: string): Promise<number> };

const WINCH_REQUIRED: ReadonlySet<Piste['difficulty']> = new Set(['red', 'black']);

export async function groomPiste(machine: Groomer, piste: Piste): Promise<string> {
  let arrivedAt: number | null = null;
  machine.once('arrived', (at: number) => {
    arrivedAt = at;
  });
  const arrival = once(machine, 'arrived');
  machine.driveTo(piste.pisteId);
  await arrival;

  const [fuel, winch, newSnow] = await Promise.all([
    machine.fuelPct(),
    machine.winchAttached(),
    snowReport.newSnowCm(piste.pisteId),
  ]);

  if (WINCH_REQUIRED.has(piste.difficulty) && winch === false) {
    throw new Error(`${machine.machineId} cannot groom ${piste.name} (${piste.difficulty}) without winch`);
  }
  const passes = newSnow > 30 ? 2 : 1;
  const fuelNeededPct = Math.ceil((piste.lengthM / 1000) * passes * 4);
  if (fuel < fuelNeededPct) {
    throw new Error(`${machine.machineId} has ${fuel}% fuel, needs ${fuelNeededPct}% for ${piste.name}`);
  }

  const status = {
    machineId: machine.machineId,
    pisteId: piste.pisteId,
    arrivedAt,
    passes,
    fuelPct: fuel,
    winch,
    message: `${piste.name}: ${passes} pass(es) over ${newSnow} cm new snow, fuel ${fuel}%`,
  };
  await statusBoard.publish(JSON.stringify(status));
  return status.message;
}

export async function nightShift(machine: Groomer, pistes: readonly Piste[]): Promise<string[]> {
  const log: string[] = [];
  const order = [...pistes].sort((a, b) => (a.difficulty === 'black' ? -1 : 0) - (b.difficulty === 'black' ? -1 : 0));
  for (const piste of order) {
    log.push(await groomPiste(machine, piste));
  }
  return log;
}
