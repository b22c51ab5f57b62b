// expect: no-unobserved-promise
// The ammonia read is started alongside the temperature read but only awaited afterwards, so if it rejects while the temperature await is pending the rejection is unhandled.
export interface WaterChemistry {
  ammoniaMgL: number;
  nitriteMgL: number;
  ph: number;
}

export interface TankSensors {
  readTemperature(tankId: string): Promise<number>;
  readChemistry(tankId: string): Promise<WaterChemistry>;
}

export interface FeedingController {
  setRation(tankId: string, gramsPerFish: number): Promise<void>;
  pause(tankId: string, reason: string): Promise<void>;
}

export interface TankCheck {
  tankId: string;
  temperatureC: number;
  chemistry: WaterChemistry;
  ok: boolean;
  notes: string[];
}

const LIMITS = {
  minTempC: 12,
  maxTempC: 20,
  maxAmmonia: 0.5,
  maxNitrite: 0.2,
  phRange: [6.8, 8.2] as const,
};

export async function checkTank(sensors: TankSensors, tankId: string): Promise<TankCheck> {
  const temperature = sensors.readTemperature(tankId);
  const chemistry = sensors.readChemistry(tankId);

  const temperatureC = await temperature;
  const chem = await chemistry;

  const notes: string[] = [];
  if (temperatureC < LIMITS.minTempC || temperatureC > LIMITS.maxTempC) {
    notes.push(`temperature ${temperatureC.toFixed(1)}°C out of range`);
  }
  if (chem.ammoniaMgL > LIMITS.maxAmmonia) notes.push(`ammonia ${chem.ammoniaMgL} mg/L`);
  if (chem.nitriteMgL > LIMITS.maxNitrite) notes.push(`nitrite ${chem.nitriteMgL} mg/L`);
  if (chem.ph < LIMITS.phRange[0] || chem.ph > LIMITS.phRange[1]) notes.push(`pH ${chem.ph}`);

  return { tankId, temperatureC, chemistry: chem, ok: notes.length === 0, notes };
}

export async function morningRound(
  sensors: TankSensors,
  feeding: FeedingController,
  tankIds: readonly string[],
): Promise<TankCheck[]> {
  const checks: TankCheck[] = [];
  for (const tankId of tankIds) {
    const check = await checkTank(sensors, tankId);
    if (check.ok) {
      // sturgeon eat less in colder water
      const ration = check.temperatureC < 15 ? 0.8 : 1.2;
      await feeding.setRation(tankId, ration);
    } else {
      await feeding.pause(tankId, check.notes.join('; '));
    }
    checks.push(check);
  }
  return checks;
}
