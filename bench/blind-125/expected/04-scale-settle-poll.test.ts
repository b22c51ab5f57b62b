// expect: no-reused-settled-promise
// waitForStableWeight calls readGrams once before the loop and re-awaits that same settled promise on every poll, so it compares one reading with itself instead of taking new readings.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface PerchScale {
  readGrams(): Promise<number>;
}

interface StableReading {
  grams: number;
  polls: number;
}

async function waitForStableWeight(scale: PerchScale, toleranceG = 2, maxPolls = 20, intervalMs = 250): Promise<StableReading> {
  let previous: number | undefined;
  const reading = scale.readGrams();
  for (let poll = 1; poll <= maxPolls; poll++) {
    const grams = await reading;
    if (previous !== undefined && Math.abs(grams - previous) <= toleranceG) {
      return { grams: Math.round((grams + previous) / 2), polls: poll };
    }
    previous = grams;
    await sleep(intervalMs);
  }
  throw new Error(`bird would not settle on the perch after ${maxPolls} polls`);
}

describe('waitForStableWeight', () => {
  let readings: number[];
  let scale: PerchScale;

  beforeEach(() => {
    readings = [];
    scale = {
      readGrams: vi.fn(async () => {
        const next = readings.shift();
        if (next === undefined) throw new Error('scale disconnected');
        return next;
      }),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns once two consecutive readings agree', async () => {
    readings.push(748, 749);
    const result = await waitForStableWeight(scale, 2, 10, 1);
    expect(result.grams).toBeGreaterThanOrEqual(748);
    expect(result.grams).toBeLessThanOrEqual(749);
  });

  it('reports a kestrel sitting still', async () => {
    readings.push(212, 212, 212);
    const result = await waitForStableWeight(scale, 2, 10, 1);
    expect(result.grams).toBe(212);
  });

  it('surfaces a disconnected scale', async () => {
    await expect(waitForStableWeight(scale, 2, 5, 1)).rejects.toThrow('scale disconnected');
  });

  it('reports how many polls it took', async () => {
    readings.push(500, 501);
    const result = await waitForStableWeight(scale, 2, 10, 1);
    expect(result.polls).toBeGreaterThanOrEqual(2);
  });
});
