// expect: no-unchecked-settled-results
// rehairBatch awaits Promise.allSettled but never looks at the results, so bows whose rehair failed are still marked ready and listed on the pickup notice as if the work succeeded.
export interface Bow {
  serial: string;
  owner: string;
  instrument: 'violin' | 'viola' | 'cello';
  hairGrams: number;
}

export interface RehairBench {
  rehair(bow: Bow, hairGrade: string): Promise<{ serial: string; hairGrams: number }>;
}

export interface PickupNotifier {
  send(owner: string, message: string): Promise<void>;
}

export interface BatchOutcome {
  ready: string[];
  notified: number;
}

const HAIR_BY_INSTRUMENT: Record<Bow['instrument'], number> = {
  violin: 5.5,
  viola: 6,
  cello: 7.5,
};

export class RehairShop {
  private readonly status = new Map<string, 'queued' | 'ready'>();

  constructor(
    private readonly bench: RehairBench,
    private readonly notifier: PickupNotifier,
    private readonly hairGrade = 'mongolian-white',
  ) {}

  queue(bows: Bow[]): void {
    for (const bow of bows) this.status.set(bow.serial, 'queued');
  }

  async rehairBatch(bows: Bow[]): Promise<BatchOutcome> {
    const jobs = bows
      .filter((b) => this.status.get(b.serial) === 'queued')
      .map((b) => this.bench.rehair({ ...b, hairGrams: HAIR_BY_INSTRUMENT[b.instrument] }, this.hairGrade));

    await Promise.allSettled(jobs);

    const ready = bows.filter((b) => this.status.get(b.serial) === 'queued').map((b) => b.serial);
    for (const serial of ready) this.status.set(serial, 'ready');

    const owners = new Map<string, string[]>();
    for (const bow of bows) {
      if (!ready.includes(bow.serial)) continue;
      owners.set(bow.owner, [...(owners.get(bow.owner) ?? []), bow.serial]);
    }
    for (const [owner, serials] of owners) {
      await this.notifier.send(owner, `Your bow(s) ${serials.join(', ')} are rehaired and ready for pickup.`);
    }

    return { ready, notified: owners.size };
  }
}
