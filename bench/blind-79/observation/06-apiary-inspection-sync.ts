// expect: no-floating-promises
// Bug: an async listener is registered for 'inspection'; EventEmitter ignores the returned promise, so a failed save becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

interface InspectionRecord {
  hiveId: string;
  apiary: string;
  inspector: string;
  at: Date;
  queenSeen: boolean;
  broodFrames: number;
  varroaPer100: number | null;
  temperament: 1 | 2 | 3 | 4 | 5;
}

declare const coopDb: {
  saveInspection(rec: InspectionRecord): Promise<void>;
  flagHive(hiveId: string, reason: string): Promise<void>;
};
declare const notifier: { sms(phone: string, text: string): Promise<void> };

const VARROA_TREATMENT_THRESHOLD = 3;

export class InspectionSync {
  readonly events = new EventEmitter();
  private received = 0;

  constructor(private readonly coordinatorPhone: string) {
    this.events.on('inspection', async (rec: InspectionRecord) => {
      this.received += 1;
      await coopDb.saveInspection(rec);
      const reasons = this.concerns(rec);
      if (reasons.length > 0) {
        await coopDb.flagHive(rec.hiveId, reasons.join('; '));
        await notifier.sms(
          this.coordinatorPhone,
          `${rec.apiary}/${rec.hiveId}: ${reasons.join(', ')} (${rec.inspector})`,
        );
      }
    });
  }

  concerns(rec: InspectionRecord): string[] {
    const out: string[] = [];
    if (!rec.queenSeen && rec.broodFrames === 0) out.push('possibly queenless');
    if (rec.varroaPer100 !== null && rec.varroaPer100 >= VARROA_TREATMENT_THRESHOLD) {
      out.push(`varroa ${rec.varroaPer100}/100`);
    }
    if (rec.temperament >= 4) out.push('defensive colony');
    return out;
  }

  submit(rec: InspectionRecord): void {
    if (rec.broodFrames < 0 || rec.broodFrames > 20) {
      throw new RangeError(`implausible brood frame count ${rec.broodFrames}`);
    }
    this.events.emit('inspection', rec);
  }

  submitSheet(csv: string, apiary: string, inspector: string): number {
    const rows = csv.trim().split('\n').slice(1);
    for (const row of rows) {
      const [hiveId, queen, brood, mites, temper] = row.split(',');
      this.submit({
        hiveId,
        apiary,
        inspector,
        at: new Date(),
        queenSeen: queen === 'y',
        broodFrames: Number(brood),
        varroaPer100: mites === '' ? null : Number(mites),
        temperament: Math.min(5, Math.max(1, Number(temper))) as InspectionRecord['temperament'],
      });
    }
    return rows.length;
  }

  get count(): number {
    return this.received;
  }
}
