// expect: no-reused-settled-promise
// withRetries receives one already-started reservation promise and re-awaits it on every attempt, so a transient failure is replayed instead of retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlockReservation {
  blockId: string;
  trainId: string;
  token: string;
  expiresAt: number;
}

export class LayoutBusError extends Error {
  constructor(message: string, readonly code: 'BUSY' | 'NO_ACK' | 'OCCUPIED' | 'UNKNOWN_BLOCK') {
    super(message);
    this.name = 'LayoutBusError';
  }
}

declare const layoutBus: {
  reserveBlock(blockId: string, trainId: string): Promise<BlockReservation>;
  releaseBlock(token: string): Promise<void>;
  setAspect(signalId: string, aspect: 'red' | 'yellow' | 'green'): Promise<void>;
};

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DCC_BUS_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 40, maxDelayMs: 400 };

function isTransient(err: unknown): boolean {
  return err instanceof LayoutBusError && (err.code === 'BUSY' || err.code === 'NO_ACK');
}

async function withRetries<T>(attempt: Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) throw err;
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** i);
      await sleep(delay);
    }
  }
  throw lastError;
}

export interface RouteStep {
  blockId: string;
  entrySignal: string;
}

export class RouteSetter {
  private readonly held = new Map<string, BlockReservation>();

  async setRoute(trainId: string, steps: RouteStep[]): Promise<BlockReservation[]> {
    const taken: BlockReservation[] = [];
    try {
      for (const step of steps) {
        const reservation = await withRetries(layoutBus.reserveBlock(step.blockId, trainId), DCC_BUS_POLICY);
        taken.push(reservation);
        this.held.set(step.blockId, reservation);
      }
    } catch (err) {
      await this.releaseAll(taken);
      throw err;
    }

    for (const [index, step] of steps.entries()) {
      const isLast = index === steps.length - 1;
      await layoutBus.setAspect(step.entrySignal, isLast ? 'yellow' : 'green');
    }
    return taken;
  }

  async clearBehind(trainId: string, passedBlock: string, signalId: string): Promise<void> {
    const reservation = this.held.get(passedBlock);
    if (!reservation || reservation.trainId !== trainId) return;
    await layoutBus.setAspect(signalId, 'red');
    await layoutBus.releaseBlock(reservation.token);
    this.held.delete(passedBlock);
  }

  private async releaseAll(reservations: BlockReservation[]): Promise<void> {
    for (const r of reservations.reverse()) {
      await layoutBus.releaseBlock(r.token);
      this.held.delete(r.blockId);
    }
  }
}
