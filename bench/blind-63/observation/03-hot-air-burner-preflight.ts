// expect: none
// The calibration lookup is started early but gets its .catch fallback attached immediately, so it can never reject unobserved.
export interface BurnerCalibration {
  burnerId: string;
  pilotKpa: number;
  blastKpa: number;
  calibratedAt: Date;
}

export interface PreflightResult {
  envelope: string;
  burners: Array<{ burnerId: string; ok: boolean; note?: string }>;
  fuelMinutes: number;
}

declare const hangarDb: {
  calibration(burnerId: string): Promise<BurnerCalibration>;
  burnersFor(envelope: string): Promise<string[]>;
};

declare const gauges: {
  tankPressureKpa(envelope: string): Promise<number[]>;
  pilotLit(burnerId: string): Promise<boolean>;
};

declare const ops: {
  warn(message: string): void;
};

const DEFAULT_CALIBRATION = (burnerId: string): BurnerCalibration => ({
  burnerId,
  pilotKpa: 350,
  blastKpa: 700,
  calibratedAt: new Date(0),
});

// one full 40kg propane cylinder gives roughly 25 minutes of flight at cruise
const MINUTES_PER_FULL_TANK = 25;
const FULL_TANK_KPA = 800;

export async function preflight(envelope: string): Promise<PreflightResult> {
  const burnerIds = await hangarDb.burnersFor(envelope);

  const calibrations = burnerIds.map((id) =>
    hangarDb.calibration(id).catch((err: unknown) => {
      ops.warn(`no calibration on file for ${id}: ${err instanceof Error ? err.message : String(err)}`);
      return DEFAULT_CALIBRATION(id);
    }),
  );

  const tanks = await gauges.tankPressureKpa(envelope);
  const fuelMinutes = tanks.reduce((sum, kpa) => sum + (Math.min(kpa, FULL_TANK_KPA) / FULL_TANK_KPA) * MINUTES_PER_FULL_TANK, 0);

  const burners: PreflightResult['burners'] = [];
  for (let i = 0; i < burnerIds.length; i++) {
    const id = burnerIds[i];
    const lit = await gauges.pilotLit(id);
    const cal = await calibrations[i];
    const ageDays = (Date.now() - cal.calibratedAt.getTime()) / 86_400_000;
    if (!lit) {
      burners.push({ burnerId: id, ok: false, note: 'pilot light out' });
    } else if (ageDays > 365) {
      burners.push({ burnerId: id, ok: false, note: `calibration ${Math.floor(ageDays)} days old` });
    } else {
      burners.push({ burnerId: id, ok: true });
    }
  }

  return { envelope, burners, fuelMinutes: Math.floor(fuelMinutes) };
}
