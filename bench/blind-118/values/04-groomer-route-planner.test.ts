// expect: none
// Every async predicate is awaited or asserted with .resolves before its value is checked, so the tests compare real booleans and numbers.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GroomerTelemetry {
  fuelLitres(groomerId: string): Promise<number>;
  isWinchAttached(groomerId: string): Promise<boolean>;
}

interface Piste {
  name: string;
  lengthKm: number;
  steep: boolean;
}

const LITRES_PER_KM = 14;
const STEEP_FACTOR = 1.6;

class RoutePlanner {
  constructor(private readonly telemetry: GroomerTelemetry) {}

  litresNeeded(route: Piste[]): number {
    return route.reduce((sum, p) => sum + p.lengthKm * LITRES_PER_KM * (p.steep ? STEEP_FACTOR : 1), 0);
  }

  async hasFuelFor(groomerId: string, route: Piste[]): Promise<boolean> {
    const litres = await this.telemetry.fuelLitres(groomerId);
    return litres >= this.litresNeeded(route) * 1.15;
  }

  async canGroom(groomerId: string, route: Piste[]): Promise<boolean> {
    if (route.some((p) => p.steep) && !(await this.telemetry.isWinchAttached(groomerId))) {
      return false;
    }
    return this.hasFuelFor(groomerId, route);
  }
}

describe('RoutePlanner', () => {
  const fuelLitres = vi.fn<(id: string) => Promise<number>>();
  const isWinchAttached = vi.fn<(id: string) => Promise<boolean>>();
  let planner: RoutePlanner;

  const nursery: Piste[] = [{ name: 'Bambi', lengthKm: 1.2, steep: false }];
  const blackRun: Piste[] = [
    { name: 'Streif', lengthKm: 3.3, steep: true },
    { name: 'Zielschuss', lengthKm: 0.8, steep: true },
  ];

  beforeEach(() => {
    planner = new RoutePlanner({ fuelLitres, isWinchAttached });
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('accepts a nursery slope with a part-full tank', async () => {
    fuelLitres.mockResolvedValue(40);
    expect(await planner.hasFuelFor('pb-2', nursery)).toBe(true);
  });

  it('rejects a black run when fuel is below the reserve margin', async () => {
    fuelLitres.mockResolvedValue(planner.litresNeeded(blackRun));
    await expect(planner.hasFuelFor('pb-2', blackRun)).resolves.toBe(false);
  });

  it('refuses steep pistes without the winch', async () => {
    fuelLitres.mockResolvedValue(500);
    isWinchAttached.mockResolvedValue(false);
    await expect(planner.canGroom('pb-5', blackRun)).resolves.toBe(false);
    expect(fuelLitres).not.toHaveBeenCalled();
  });

  it('allows steep pistes with winch and fuel', async () => {
    fuelLitres.mockResolvedValue(500);
    isWinchAttached.mockResolvedValue(true);
    const ok = await planner.canGroom('pb-5', blackRun);
    expect(ok).toBe(true);
  });
});
