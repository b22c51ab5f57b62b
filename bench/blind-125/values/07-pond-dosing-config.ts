// expect: none
// The async config load is awaited inside parentheses before ?? supplies the defaults, so the fallback applies to a missing config rather than to a promise.
import { readFile } from 'node:fs/promises';

export interface DosingConfig {
  pondLitres: number;
  saltTargetPct: number;
  bacteriaMlPer1000L: number;
  maxSaltPerDayKg: number;
}

export interface DosePlan {
  saltKg: number;
  bacteriaMl: number;
  note: string;
}

const DEFAULTS: DosingConfig = {
  pondLitres: 20_000,
  saltTargetPct: 0.3,
  bacteriaMlPer1000L: 10,
  maxSaltPerDayKg: 15,
};

async function loadConfig(path: string): Promise<Partial<DosingConfig> | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Partial<DosingConfig>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export class PondDoser {
  constructor(private readonly configPath: string) {}

  async config(): Promise<DosingConfig> {
    const loaded = (await loadConfig(this.configPath)) ?? {};
    return { ...DEFAULTS, ...loaded };
  }

  async plan(currentSaltPct: number, waterTempC: number): Promise<DosePlan> {
    const cfg = await this.config();
    const deficitPct = Math.max(0, cfg.saltTargetPct - currentSaltPct);
    // 1 kg salt in 1000 L raises salinity by ~0.1 %.
    const wantedKg = (deficitPct / 0.1) * (cfg.pondLitres / 1000);
    const saltKg = Math.min(wantedKg, cfg.maxSaltPerDayKg);

    // Nitrifying bacteria do little below 10 °C.
    const bacteriaMl = waterTempC < 10 ? 0 : (cfg.pondLitres / 1000) * cfg.bacteriaMlPer1000L;

    const notes: string[] = [];
    if (saltKg < wantedKg) notes.push(`salt capped; ${(wantedKg - saltKg).toFixed(1)} kg still to add over coming days`);
    if (bacteriaMl === 0) notes.push('water too cold for bacteria dosing');
    return { saltKg: Number(saltKg.toFixed(1)), bacteriaMl: Math.round(bacteriaMl), note: notes.join('; ') || 'routine dose' };
  }

  async pondLitres(): Promise<number> {
    const cfg = await loadConfig(this.configPath);
    return cfg?.pondLitres ?? DEFAULTS.pondLitres;
  }
}
