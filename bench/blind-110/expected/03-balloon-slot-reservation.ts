// expect: no-reused-settled-promise
// retrying() receives an already-started promise and awaits that same promise on every attempt, so after the first failure each retry just re-reads the same rejection instead of asking the field office again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotRequest {
  pilot: string;
  balloonReg: string;
  field: string;
  wave: 'dawn' | 'evening';
}

export interface SlotConfirmation {
  slotId: string;
  field: string;
  wave: 'dawn' | 'evening';
  position: number;
}

export interface FieldOfficeApi {
  reserveSlot(req: SlotRequest): Promise<SlotConfirmation>;
  releaseSlot(slotId: string): Promise<void>;
}

async function retrying<T>(attempt: Promise<T>, tries: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (i < tries - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class SlotBooker {
  private readonly held = new Map<string, SlotConfirmation>();

  constructor(private readonly api: FieldOfficeApi, private readonly tries = 3) {}

  async book(req: SlotRequest): Promise<SlotConfirmation> {
    const existing = this.held.get(req.balloonReg);
    if (existing && existing.wave === req.wave) return existing;
    const confirmation = await retrying(this.api.reserveSlot(req), this.tries, 750);
    this.held.set(req.balloonReg, confirmation);
    return confirmation;
  }

  async cancel(balloonReg: string): Promise<boolean> {
    const held = this.held.get(balloonReg);
    if (!held) return false;
    await this.api.releaseSlot(held.slotId);
    this.held.delete(balloonReg);
    return true;
  }

  async bookWave(requests: SlotRequest[]): Promise<SlotConfirmation[]> {
    const out: SlotConfirmation[] = [];
    for (const r of requests) out.push(await this.book(r));
    return out.sort((a, b) => a.position - b.position);
  }
}
