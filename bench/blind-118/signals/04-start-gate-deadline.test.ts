// expect: no-leaked-race
// withDeadline races the gate operation against a setTimeout that is never cleared, so after the gate answers the losing timer keeps running and later rejects its orphaned promise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface StartGate {
  arm(raceId: string): Promise<{ lanesLocked: number }>;
  release(raceId: string): Promise<{ releasedAt: number }>;
}

function withDeadline<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} exceeded ${ms}ms`)), ms);
  });
  return Promise.race([work, deadline]);
}

class StartController {
  constructor(
    private readonly gate: StartGate,
    private readonly lanes: number,
    private readonly deadlineMs = 2000,
  ) {}

  async armAndStart(raceId: string): Promise<number> {
    const armed = await withDeadline(this.gate.arm(raceId), this.deadlineMs, `arm ${raceId}`);
    if (armed.lanesLocked !== this.lanes) {
      throw new Error(`only ${armed.lanesLocked}/${this.lanes} stake-boat clamps locked`);
    }
    const { releasedAt } = await withDeadline(this.gate.release(raceId), this.deadlineMs, `release ${raceId}`);
    return releasedAt;
  }
}

function gateAnswering(delayMs: number, lanesLocked: number): StartGate {
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), delayMs));
  return {
    arm: () => later({ lanesLocked }),
    release: () => later({ releasedAt: 1_720_000_000_000 }),
  };
}

describe('StartController', () => {
  let controller: StartController;

  before(() => {
    controller = new StartController(gateAnswering(5, 6), 6, 200);
  });

  after(() => {
    controller = undefined as unknown as StartController;
  });

  test('returns the release timestamp once all clamps lock', async () => {
    assert.equal(await controller.armAndStart('M1x-final-A'), 1_720_000_000_000);
  });

  test('refuses to start when a clamp fails to lock', async () => {
    const partial = new StartController(gateAnswering(5, 5), 6, 200);
    await assert.rejects(partial.armAndStart('W2--heat-3'), /5\/6 stake-boat clamps locked/);
  });

  test('gives up when the gate does not answer in time', async () => {
    const slow = new StartController(gateAnswering(100, 6), 6, 20);
    await assert.rejects(slow.armAndStart('M8+-rep-1'), { message: 'arm M8+-rep-1 exceeded 20ms' });
  });
});
