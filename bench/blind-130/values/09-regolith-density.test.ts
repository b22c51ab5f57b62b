// expect: none
// Each assertion awaits the calculator's promise before comparing, and the failure case hands the promise to assert.rejects.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface PycnometerRun {
  sampleId: string;
  massGrams: number;
  displacedCm3: number;
}

interface LabNotebook {
  runsFor(sampleId: string): Promise<PycnometerRun[]>;
  tappedVolumeCm3(sampleId: string): Promise<number>;
}

class RegolithDensityCalculator {
  constructor(private readonly notebook: LabNotebook) {}

  async particleDensity(sampleId: string): Promise<number> {
    const runs = await this.notebook.runsFor(sampleId);
    if (runs.length === 0) throw new Error(`no pycnometer runs for ${sampleId}`);
    const mean = runs.reduce((sum, r) => sum + r.massGrams / r.displacedCm3, 0) / runs.length;
    return Math.round(mean * 100) / 100;
  }

  async bulkDensity(sampleId: string, massGrams: number): Promise<number> {
    const volume = await this.notebook.tappedVolumeCm3(sampleId);
    return Math.round((massGrams / volume) * 100) / 100;
  }

  async porosity(sampleId: string, massGrams: number): Promise<number> {
    const [particle, bulk] = await Promise.all([
      this.particleDensity(sampleId),
      this.bulkDensity(sampleId, massGrams),
    ]);
    return Math.round((1 - bulk / particle) * 1000) / 10;
  }
}

describe('RegolithDensityCalculator', () => {
  let calc: RegolithDensityCalculator;
  const runs = new Map<string, PycnometerRun[]>();

  before(() => {
    runs.set('LHS-1-A', [
      { sampleId: 'LHS-1-A', massGrams: 30, displacedCm3: 10 },
      { sampleId: 'LHS-1-A', massGrams: 31, displacedCm3: 10 },
    ]);
    runs.set('EMPTY', []);
    calc = new RegolithDensityCalculator({
      runsFor: async (id) => runs.get(id) ?? [],
      tappedVolumeCm3: async () => 200,
    });
  });

  after(() => {
    runs.clear();
  });

  test('averages particle density across runs', async () => {
    assert.equal(await calc.particleDensity('LHS-1-A'), 3.05);
  });

  test('computes bulk density from the tapped volume', async () => {
    const bulk = await calc.bulkDensity('LHS-1-A', 304);
    assert.equal(bulk, 1.52);
  });

  test('derives porosity from both densities', async () => {
    assert.equal(await calc.porosity('LHS-1-A', 304), 50.2);
  });

  test('refuses samples without pycnometer runs', async () => {
    await assert.rejects(calc.particleDensity('EMPTY'), /no pycnometer runs/);
  });
});
