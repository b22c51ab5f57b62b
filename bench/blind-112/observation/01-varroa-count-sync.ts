// expect: none
// Every async call is awaited, collected into Promise.all, or explicitly detached with a .catch handler, so no promise is dropped.
import { EventEmitter } from 'node:events';

export interface MiteCount {
  hiveId: string;
  boardDate: string;
  mitesPer100Bees: number;
}

export interface CoopRegistry {
  listHives(memberId: string): Promise<string[]>;
  latestCount(hiveId: string): Promise<MiteCount | null>;
  upsertCount(count: MiteCount): Promise<void>;
}

export interface AlertSink {
  notifyTreatmentNeeded(hiveId: string, count: MiteCount): Promise<void>;
}

export class VarroaCountSync extends EventEmitter {
  constructor(
    private readonly registry: CoopRegistry,
    private readonly alerts: AlertSink,
    private readonly threshold = 3,
  ) {
    super();
  }

  async syncMember(memberId: string, fieldCounts: MiteCount[]): Promise<number> {
    const hives = new Set(await this.registry.listHives(memberId));
    const accepted = fieldCounts.filter((c) => hives.has(c.hiveId));

    await Promise.all(accepted.map((count) => this.registry.upsertCount(count)));

    const overThreshold = accepted.filter((c) => c.mitesPer100Bees >= this.threshold);
    await Promise.all(overThreshold.map((c) => this.alerts.notifyTreatmentNeeded(c.hiveId, c)));

    this.emit('synced', { memberId, accepted: accepted.length, alerts: overThreshold.length });
    return accepted.length;
  }

  attach(feed: EventEmitter): void {
    feed.on('board-read', (count: MiteCount) => {
      this.registry
        .upsertCount(count)
        .then(() => {
          if (count.mitesPer100Bees >= this.threshold) {
            return this.alerts.notifyTreatmentNeeded(count.hiveId, count);
          }
        })
        .catch((err: unknown) => this.emit('error', err));
    });
  }

  async worstHives(memberId: string, limit = 5): Promise<MiteCount[]> {
    const hiveIds = await this.registry.listHives(memberId);
    const counts = await Promise.all(hiveIds.map((id) => this.registry.latestCount(id)));
    return counts
      .filter((c): c is MiteCount => c !== null)
      .sort((a, b) => b.mitesPer100Bees - a.mitesPer100Bees)
      .slice(0, limit);
  }
}
