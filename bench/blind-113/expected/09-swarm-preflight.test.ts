// expect: no-uncalled-async-function
// SwarmPreflight.run maps each drone to d.calibrateCompass instead of d.calibrateCompass(), so Promise.all receives functions, no compass is calibrated, and the tests still pass.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Drone {
  id: string;
  connect(): Promise<void>;
  batteryLevel(): Promise<number>;
  calibrateCompass(): Promise<void>;
  disconnect(): Promise<void>;
}

interface PreflightReport {
  ready: string[];
  lowBattery: string[];
}

class SwarmPreflight {
  constructor(
    private readonly drones: Drone[],
    private readonly minBattery = 0.6,
  ) {}

  async run(): Promise<PreflightReport> {
    await Promise.all(this.drones.map((d) => d.connect()));
    const levels = await Promise.all(this.drones.map((d) => d.batteryLevel()));
    await Promise.all(this.drones.map((d) => d.calibrateCompass));

    const report: PreflightReport = { ready: [], lowBattery: [] };
    this.drones.forEach((d, i) => {
      (levels[i] >= this.minBattery ? report.ready : report.lowBattery).push(d.id);
    });
    return report;
  }

  async release(): Promise<void> {
    await Promise.all(this.drones.map((d) => d.disconnect()));
  }
}

function fakeDrone(id: string, battery: number, log: string[]): Drone {
  return {
    id,
    async connect() {
      log.push(`${id}:connect`);
    },
    async batteryLevel() {
      return battery;
    },
    async calibrateCompass() {
      log.push(`${id}:compass`);
    },
    async disconnect() {
      log.push(`${id}:disconnect`);
    },
  };
}

describe('SwarmPreflight', () => {
  const log: string[] = [];
  let preflight: SwarmPreflight;

  before(() => {
    preflight = new SwarmPreflight([fakeDrone('D-001', 0.92, log), fakeDrone('D-002', 0.41, log), fakeDrone('D-003', 0.75, log)]);
  });

  after(async () => {
    await preflight.release();
  });

  test('splits the swarm by battery level', async () => {
    const report = await preflight.run();
    assert.deepEqual(report.ready, ['D-001', 'D-003']);
    assert.deepEqual(report.lowBattery, ['D-002']);
  });

  test('connects every drone before checking it', async () => {
    log.length = 0;
    await preflight.run();
    assert.deepEqual(
      log.filter((l) => l.endsWith(':connect')),
      ['D-001:connect', 'D-002:connect', 'D-003:connect'],
    );
  });
});
