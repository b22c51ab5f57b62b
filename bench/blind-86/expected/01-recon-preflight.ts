// expect: no-uncalled-async-function
// runPreflight puts checkDropsondeLauncher into Promise.all as a function reference instead of calling it, so the launcher check never runs and the flight is cleared anyway.
export interface Aircraft {
  tail: 'N42RF' | 'N43RF' | 'N49RF';
  crewIds: string[];
  fuelLbs: number;
  sondesLoaded: number;
}

export class PreflightError extends Error {
  constructor(readonly check: string, detail: string) {
    super(`${check}: ${detail}`);
    this.name = 'PreflightError';
  }
}

declare const avionics: {
  selfTest(tail: string, system: 'radar' | 'sfmr' | 'flight-level'): Promise<{ pass: boolean; code?: string }>;
};
declare const crewRest: { hoursSinceDuty(crewId: string): Promise<number> };
declare const launcher: { status(tail: string): Promise<{ armed: boolean; jammedTubes: number[] }> };

const MIN_FUEL_LBS = 48_000;
const MIN_REST_HOURS = 12;

async function checkInstruments(ac: Aircraft): Promise<void> {
  for (const system of ['radar', 'sfmr', 'flight-level'] as const) {
    const result = await avionics.selfTest(ac.tail, system);
    if (!result.pass) throw new PreflightError('instruments', `${system} self-test failed (${result.code ?? 'no code'})`);
  }
}

async function checkCrewRest(ac: Aircraft): Promise<void> {
  const hours = await Promise.all(ac.crewIds.map((id) => crewRest.hoursSinceDuty(id)));
  const tired = ac.crewIds.filter((_, i) => hours[i] < MIN_REST_HOURS);
  if (tired.length) throw new PreflightError('crew rest', `${tired.join(', ')} under ${MIN_REST_HOURS}h`);
}

async function checkDropsondeLauncher(ac: Aircraft): Promise<void> {
  const status = await launcher.status(ac.tail);
  if (!status.armed) throw new PreflightError('launcher', 'not armed');
  if (status.jammedTubes.length) throw new PreflightError('launcher', `jammed tubes ${status.jammedTubes.join(',')}`);
  if (ac.sondesLoaded < 20) throw new PreflightError('launcher', `only ${ac.sondesLoaded} sondes loaded`);
}

function checkFuel(ac: Aircraft): Promise<void> {
  if (ac.fuelLbs < MIN_FUEL_LBS) {
    return Promise.reject(new PreflightError('fuel', `${ac.fuelLbs} lbs below ${MIN_FUEL_LBS}`));
  }
  return Promise.resolve();
}

export async function runPreflight(ac: Aircraft): Promise<{ tail: string; clearedAt: Date }> {
  await Promise.all([
    checkInstruments(ac),
    checkCrewRest(ac),
    checkDropsondeLauncher,
    checkFuel(ac),
  ]);
  return { tail: ac.tail, clearedAt: new Date() };
}

export async function clearForTasking(fleet: Aircraft[]): Promise<string[]> {
  const cleared: string[] = [];
  for (const ac of fleet) {
    try {
      await runPreflight(ac);
      cleared.push(ac.tail);
    } catch (err) {
      if (!(err instanceof PreflightError)) throw err;
      console.warn(`[recon] ${ac.tail} not cleared: ${err.message}`);
    }
  }
  return cleared;
}
