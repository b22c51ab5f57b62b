// expect: no-read-before-settle
// admitLoad reads measuredKg right after calling scale.weigh, but the weigh callback that assigns it only runs later, so the limit check always sees 0.
export interface HoistRequest {
  shaftId: string;
  cageId: string;
  declaredKg: number;
  cargo: 'salt' | 'miners' | 'equipment';
  destinationLevel: number;
}

export interface AdmitDecision {
  cageId: string;
  admitted: boolean;
  loadKg: number;
  reason?: string;
}

type WeighCallback = (err: Error | null, kg?: number) => void;

interface LoadCell {
  weigh(cageId: string, cb: WeighCallback): void;
  tare(cageId: string, cb: (err: Error | null) => void): void;
}

declare const shaftRegistry: {
  limitKg(shaftId: string, cargo: HoistRequest['cargo']): number;
};
declare const mineLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const DECLARATION_TOLERANCE = 0.1;

export class CageLoadGuard {
  private readonly lastDecisions = new Map<string, AdmitDecision>();

  constructor(private readonly scale: LoadCell) {}

  admitLoad(request: HoistRequest): AdmitDecision {
    const limit = shaftRegistry.limitKg(request.shaftId, request.cargo);
    let measuredKg = 0;
    let weighError: Error | null = null;

    this.scale.weigh(request.cageId, (err, kg) => {
      weighError = err;
      measuredKg = kg ?? 0;
    });

    let decision: AdmitDecision;
    if (weighError) {
      decision = { cageId: request.cageId, admitted: false, loadKg: 0, reason: 'load cell error' };
    } else if (measuredKg > limit) {
      decision = { cageId: request.cageId, admitted: false, loadKg: measuredKg, reason: `over limit ${limit}kg` };
    } else if (Math.abs(measuredKg - request.declaredKg) > request.declaredKg * DECLARATION_TOLERANCE) {
      mineLog.warn('declared load differs from measured', { ...request, measuredKg });
      decision = { cageId: request.cageId, admitted: true, loadKg: measuredKg, reason: 'declaration mismatch' };
    } else {
      decision = { cageId: request.cageId, admitted: true, loadKg: measuredKg };
    }

    this.lastDecisions.set(request.cageId, decision);
    mineLog.info('hoist load decision', { ...decision, shaftId: request.shaftId, limit });
    return decision;
  }

  tare(cageId: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.scale.tare(cageId, (err) => (err ? reject(err) : resolve()));
    });
  }

  lastDecision(cageId: string): AdmitDecision | undefined {
    return this.lastDecisions.get(cageId);
  }

  rejectedCages(): string[] {
    return [...this.lastDecisions.values()].filter((d) => !d.admitted).map((d) => d.cageId);
  }
}

export function totalAdmittedKg(decisions: AdmitDecision[]): number {
  return decisions.filter((d) => d.admitted).reduce((sum, d) => sum + d.loadKg, 0);
}
