// expect: none
// The retry helper rethrows as soon as the signal is aborted and passes the signal to each attempt and to the backoff timer; tests assert the AbortError.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface DoorLock {
  room: string;
  revoked: Set<string>;
  online: boolean;
}

class LockGateway {
  calls = 0;
  flakyCalls = 0;
  constructor(readonly locks: Map<string, DoorLock>, private readonly latencyMs = 5) {}

  async pushRevocation(room: string, cardUid: string, signal: AbortSignal): Promise<void> {
    this.calls++;
    await delay(this.latencyMs, undefined, { signal });
    const lock = this.locks.get(room);
    if (!lock) throw new Error(`unknown room ${room}`);
    if (!lock.online || this.flakyCalls-- > 0) throw new Error(`lock ${room} did not acknowledge`);
    lock.revoked.add(cardUid);
  }
}

async function withRetries<T>(attempt: (signal: AbortSignal) => Promise<T>, tries: number, signal: AbortSignal): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt(signal);
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      await delay(2 ** i, undefined, { signal });
    }
  }
  throw lastError;
}

async function revokeCard(gateway: LockGateway, rooms: string[], cardUid: string, signal: AbortSignal): Promise<void> {
  for (const room of rooms) {
    await withRetries((s) => gateway.pushRevocation(room, cardUid, s), 3, signal);
  }
}

describe('key card revocation', () => {
  let locks: Map<string, DoorLock>;
  let gateway: LockGateway;

  beforeEach(() => {
    locks = new Map(
      ['412', '413', 'gym', 'pool'].map((room) => [room, { room, revoked: new Set<string>(), online: true }]),
    );
    gateway = new LockGateway(locks);
  });

  it('revokes the card on every door it opened', async () => {
    await revokeCard(gateway, ['412', 'gym', 'pool'], 'UID-77A1', new AbortController().signal);
    assert.ok(locks.get('412')?.revoked.has('UID-77A1'));
    assert.ok(locks.get('pool')?.revoked.has('UID-77A1'));
    assert.equal(locks.get('413')?.revoked.size, 0);
  });

  it('retries a lock that misses the first push', async () => {
    gateway.flakyCalls = 2;
    await revokeCard(gateway, ['413'], 'UID-19F0', new AbortController().signal);
    assert.equal(gateway.calls, 3);
    assert.ok(locks.get('413')?.revoked.has('UID-19F0'));
  });

  it('stops immediately when the front desk cancels', async () => {
    const controller = new AbortController();
    const revoking = revokeCard(gateway, ['412', '413', 'gym'], 'UID-0001', controller.signal);
    controller.abort();
    await assert.rejects(revoking, { name: 'AbortError' });
    assert.equal(gateway.calls, 1);
    assert.equal(locks.get('412')?.revoked.size, 0);
  });

  it('gives up on an offline lock after three tries', async () => {
    locks.get('gym')!.online = false;
    await assert.rejects(revokeCard(gateway, ['gym'], 'UID-5555', new AbortController().signal), /did not acknowledge/);
    assert.equal(gateway.calls, 3);
  });
});
