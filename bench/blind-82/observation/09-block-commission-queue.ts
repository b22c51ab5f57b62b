// expect: no-floating-promises
// advance() calls the async this.persistStage(...) as a bare statement, so a failed save is dropped and the next stage can run before the write lands.
import { EventEmitter } from 'node:events';

export type Stage = 'measured' | 'roughed' | 'carved' | 'sealed' | 'shipped';

export interface Commission {
  commissionId: string;
  milliner: string;
  crown: 'fedora' | 'cloche' | 'pillbox' | 'boater';
  headSizeCm: number;
  stage: Stage;
  history: Array<{ stage: Stage; at: string; carver: string }>;
}

declare const commissionDb: {
  load(commissionId: string): Promise<Commission>;
  saveStage(commissionId: string, stage: Stage, carver: string): Promise<void>;
};

declare const courier: {
  book(commissionId: string, milliner: string): Promise<{ trackingRef: string }>;
};

const ORDER: Stage[] = ['measured', 'roughed', 'carved', 'sealed', 'shipped'];

const SEALING_DAYS: Record<Commission['crown'], number> = {
  fedora: 2,
  cloche: 3,
  pillbox: 1,
  boater: 2,
};

export class CommissionQueue extends EventEmitter {
  private readonly inProgress = new Map<string, Commission>();

  async open(commissionId: string): Promise<Commission> {
    const commission = await commissionDb.load(commissionId);
    this.inProgress.set(commissionId, commission);
    return commission;
  }

  private async persistStage(commission: Commission, stage: Stage, carver: string): Promise<void> {
    await commissionDb.saveStage(commission.commissionId, stage, carver);
    commission.history.push({ stage, at: new Date().toISOString(), carver });
  }

  async advance(commissionId: string, carver: string): Promise<Stage> {
    const commission = this.inProgress.get(commissionId) ?? (await this.open(commissionId));
    const index = ORDER.indexOf(commission.stage);
    if (index === ORDER.length - 1) {
      throw new Error(`commission ${commissionId} has already shipped`);
    }

    const next = ORDER[index + 1];
    if (next === 'sealed' && commission.headSizeCm < 50) {
      throw new Error(`head size ${commission.headSizeCm}cm is below the block range; re-measure`);
    }

    commission.stage = next;
    this.persistStage(commission, next, carver);
    this.emit('stage', commissionId, next);

    if (next === 'shipped') {
      const { trackingRef } = await courier.book(commissionId, commission.milliner);
      this.inProgress.delete(commissionId);
      this.emit('shipped', commissionId, trackingRef);
    }
    return next;
  }

  dueForShipping(now = Date.now()): string[] {
    const due: string[] = [];
    for (const commission of this.inProgress.values()) {
      if (commission.stage !== 'sealed') continue;
      const sealed = commission.history.find((h) => h.stage === 'sealed');
      if (!sealed) continue;
      const readyAt = Date.parse(sealed.at) + SEALING_DAYS[commission.crown] * 86_400_000;
      if (readyAt <= now) due.push(commission.commissionId);
    }
    return due;
  }
}
