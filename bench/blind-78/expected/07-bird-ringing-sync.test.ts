// expect: no-reused-settled-promise
// waitForImport polls by re-awaiting one status request created before the loop, so it sees the same 'queued' snapshot every time and times out.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toContain(item: unknown): void;
};

import { setTimeout as delay } from 'node:timers/promises';

interface RingingRecord {
  ringNumber: string;
  species: string;
  age: '1' | '3' | '3J' | '4' | '5';
  wingMm: number;
  massG: number;
  netRide: string;
  caughtAt: string;
}

type ImportStatus =
  | { state: 'queued' | 'validating' }
  | { state: 'complete'; accepted: number; rejected: Array<{ ringNumber: string; reason: string }> }
  | { state: 'failed'; error: string };

declare const schemeApi: {
  reset(station: string): Promise<void>;
  submitBatch(station: string, records: RingingRecord[]): Promise<{ importId: string }>;
  importStatus(importId: string): Promise<ImportStatus>;
};

async function waitForImport(importId: string, timeoutMs = 10_000): Promise<ImportStatus> {
  const deadline = Date.now() + timeoutMs;
  const status = schemeApi.importStatus(importId);
  while (Date.now() < deadline) {
    const current = await status;
    if (current.state === 'complete' || current.state === 'failed') return current;
    await delay(250);
  }
  throw new Error(`import ${importId} did not finish within ${timeoutMs}ms`);
}

function record(ringNumber: string, overrides: Partial<RingingRecord> = {}): RingingRecord {
  return {
    ringNumber,
    species: 'Erithacus rubecula',
    age: '3J',
    wingMm: 72,
    massG: 17.4,
    netRide: 'N4',
    caughtAt: '2024-08-14T06:40:00Z',
    ...overrides,
  };
}

describe('bird ringing station sync to the national scheme', () => {
  const station = 'test-station-reedbeds';

  beforeEach(async () => {
    await schemeApi.reset(station);
  });

  it('accepts a clean batch of robins', async () => {
    const { importId } = await schemeApi.submitBatch(station, [record('AB12345'), record('AB12346')]);
    const result = await waitForImport(importId);
    expect(result).toEqual({ state: 'complete', accepted: 2, rejected: [] });
  }, 15_000);

  it('rejects a biometrically impossible record but keeps the rest', async () => {
    const impossible = record('AB12347', { species: 'Regulus regulus', wingMm: 140 });
    const { importId } = await schemeApi.submitBatch(station, [record('AB12348'), impossible]);
    const result = await waitForImport(importId);
    expect(result.state).toBe('complete');
    if (result.state === 'complete') {
      expect(result.accepted).toBe(1);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected.map((r) => r.ringNumber)).toContain('AB12347');
    }
  }, 15_000);

  it('fails the whole import when ring numbers are duplicated', async () => {
    const { importId } = await schemeApi.submitBatch(station, [record('AB12349'), record('AB12349')]);
    const result = await waitForImport(importId);
    expect(result.state).toBe('failed');
  }, 15_000);
});
