// expect: no-multiple-settle
// The executor is async and awaits openSession before any try/catch, so if the gate session cannot be opened the rejection is swallowed and the promise never settles.
import { EventEmitter } from 'node:events';

export type PassProduct = 'day' | 'half-day' | 'season' | 'child' | 'staff';

export interface GateDecision {
  gateId: string;
  passId: string;
  allowed: boolean;
  product?: PassProduct;
  ridesToday?: number;
  reason?: string;
}

export interface GateSession {
  submit(passId: string): Promise<void>;
  close(): void;
}

export interface GateApi {
  openSession(gateId: string): Promise<GateSession>;
}

export interface Turnstile extends EventEmitter {
  unlock(gateId: string, ms: number): void;
  flashRed(gateId: string): void;
}

export class LiftGate {
  constructor(
    private readonly gateApi: GateApi,
    private readonly turnstile: Turnstile,
    private readonly decisionTimeoutMs = 2_500,
  ) {}

  private waitForDecision(gateId: string, passId: string): Promise<GateDecision> {
    return new Promise<GateDecision>(async (resolve, reject) => {
      const session = await this.gateApi.openSession(gateId);

      let finished = false;
      const cleanup = () => {
        if (finished) return false;
        finished = true;
        clearTimeout(timer);
        this.turnstile.off('decision', onDecision);
        session.close();
        return true;
      };
      const onDecision = (decision: GateDecision) => {
        if (decision.gateId !== gateId || decision.passId !== passId) return;
        cleanup();
        resolve(decision);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`gate ${gateId} gave no decision for ${passId}`));
      }, this.decisionTimeoutMs);

      this.turnstile.on('decision', onDecision);
      try {
        await session.submit(passId);
      } catch (err) {
        if (cleanup()) reject(err);
      }
    });
  }

  async scan(gateId: string, rawBarcode: string): Promise<GateDecision> {
    const passId = rawBarcode.trim().replace(/^SKI-/, '');
    if (!/^[0-9A-Z]{10}$/.test(passId)) {
      this.turnstile.flashRed(gateId);
      return { gateId, passId, allowed: false, reason: 'unreadable barcode' };
    }

    let decision: GateDecision;
    try {
      decision = await this.waitForDecision(gateId, passId);
    } catch (err) {
      this.turnstile.flashRed(gateId);
      return { gateId, passId, allowed: false, reason: (err as Error).message };
    }

    if (decision.allowed) {
      this.turnstile.unlock(gateId, decision.product === 'child' ? 6_000 : 4_000);
    } else {
      this.turnstile.flashRed(gateId);
    }
    return decision;
  }
}
