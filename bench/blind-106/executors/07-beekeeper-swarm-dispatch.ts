// expect: no-multiple-settle
// The Promise executor is async and awaits registry.lookup before wiring resolve/reject, so when the lookup rejects the error escapes the executor and the dispatch promise never settles, leaving the alert hanging with an unhandled rejection.
export interface SwarmAlert {
  hiveId: string;
  apiary: string;
  detectedAt: Date;
  acousticScore: number;
}

export interface Keeper {
  name: string;
  phone: string;
  onCall: boolean;
}

export interface Hive {
  id: string;
  apiary: string;
  keepers: Keeper[];
}

export interface HiveRegistry {
  lookup(hiveId: string): Promise<Hive>;
}

export interface Pager {
  page(phone: string, text: string, cb: (err: Error | null, receiptId?: string) => void): void;
}

export interface DispatchReceipt {
  hiveId: string;
  keeper: string;
  receiptId: string;
}

const COOLDOWN_MS = 20 * 60_000;

export class SwarmDispatcher {
  private readonly lastPaged = new Map<string, number>();

  constructor(private readonly registry: HiveRegistry, private readonly pager: Pager) {}

  shouldPage(alert: SwarmAlert): boolean {
    if (alert.acousticScore < 0.7) return false;
    const last = this.lastPaged.get(alert.hiveId);
    return last === undefined || alert.detectedAt.getTime() - last > COOLDOWN_MS;
  }

  dispatch(alert: SwarmAlert): Promise<DispatchReceipt> {
    return new Promise<DispatchReceipt>(async (resolve, reject) => {
      const hive = await this.registry.lookup(alert.hiveId);
      const keeper = hive.keepers.find((k) => k.onCall) ?? hive.keepers[0];
      if (!keeper) {
        reject(new Error(`hive ${hive.id} at ${hive.apiary} has no keeper to page`));
        return;
      }
      const text =
        `Swarm likely at ${hive.apiary} hive ${hive.id} ` +
        `(score ${alert.acousticScore.toFixed(2)}, ${alert.detectedAt.toLocaleTimeString()})`;
      this.pager.page(keeper.phone, text, (err, receiptId) => {
        if (err || !receiptId) {
          reject(err ?? new Error('pager returned no receipt'));
          return;
        }
        this.lastPaged.set(alert.hiveId, alert.detectedAt.getTime());
        resolve({ hiveId: hive.id, keeper: keeper.name, receiptId });
      });
    });
  }

  async handle(alerts: SwarmAlert[]): Promise<DispatchReceipt[]> {
    const receipts: DispatchReceipt[] = [];
    for (const alert of alerts) {
      if (!this.shouldPage(alert)) continue;
      receipts.push(await this.dispatch(alert));
    }
    return receipts;
  }
}
