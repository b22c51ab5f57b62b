// expect: none
// Every async result is awaited before it is compared, and assert.rejects is given the promise itself as it expects.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ProofingRoom {
  setClimate(tempC: number, humidity: number): Promise<void>;
  isReady(): Promise<boolean>;
  startProof(doughId: string, minutes: number): Promise<{ doughId: string; endsAt: number }>;
  activeProofs(): Promise<string[]>;
  close(): Promise<void>;
}

declare function openTestRoom(options: { roomId: string; capacityTrays: number; now: () => number }): Promise<ProofingRoom>;

describe('proofing room', () => {
  let room: ProofingRoom;
  let now: number;

  beforeEach(async () => {
    now = Date.UTC(2024, 2, 1, 4, 0, 0);
    room = await openTestRoom({ roomId: 'PR-2', capacityTrays: 3, now: () => now });
  });

  afterEach(async () => {
    await room.close();
  });

  it('is not ready until the climate is set', async () => {
    assert.equal(await room.isReady(), false);
    await room.setClimate(27, 78);
    assert.equal(await room.isReady(), true);
  });

  it('refuses to start a proof in an unconditioned room', async () => {
    await assert.rejects(room.startProof('baguette-0412', 60), /not conditioned/);
  });

  it('computes the end time from the room clock', async () => {
    await room.setClimate(26, 80);
    const proof = await room.startProof('brioche-0413', 90);
    assert.equal(proof.endsAt, now + 90 * 60_000);
  });

  it('rejects proofs beyond tray capacity', async () => {
    await room.setClimate(27, 75);
    await room.startProof('rye-1', 45);
    await room.startProof('rye-2', 45);
    await room.startProof('rye-3', 45);
    await assert.rejects(room.startProof('rye-4', 45), { message: /capacity/ });
    assert.deepEqual(await room.activeProofs(), ['rye-1', 'rye-2', 'rye-3']);
  });

  it('drops a proof from the active list once its time is up', async () => {
    await room.setClimate(27, 78);
    await room.startProof('ciabatta-0414', 30);
    now += 31 * 60_000;
    assert.deepEqual(await room.activeProofs(), []);
  });

  it('rejects humidity outside the safe band', async () => {
    await assert.rejects(room.setClimate(27, 99), RangeError);
  });
});
