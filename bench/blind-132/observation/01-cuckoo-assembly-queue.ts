// expect: none
// The bench listener is synchronous and hands the persist promise a .catch that routes failures to the line's error event, so nothing is left floating.
import { EventEmitter } from 'node:events';

export interface PartFitted {
  clockSerial: string;
  part: 'bellows' | 'pendulum' | 'cuckoo-bird' | 'dial' | 'chain' | 'weights';
  fitterId: string;
  fittedAt: number;
}

export interface AssemblyStore {
  recordPart(event: PartFitted): Promise<void>;
  markComplete(clockSerial: string): Promise<void>;
}

const REQUIRED_PARTS: ReadonlySet<PartFitted['part']> = new Set([
  'bellows',
  'pendulum',
  'cuckoo-bird',
  'dial',
  'chain',
  'weights',
]);

export class AssemblyLine extends EventEmitter {
  private readonly fitted = new Map<string, Set<PartFitted['part']>>();
  private readonly onPartFitted = (event: PartFitted) => {
    this.track(event);
    this.persist(event).catch((err: unknown) => {
      this.emit('error', new Error(`could not record ${event.part} for ${event.clockSerial}`, { cause: err }));
    });
  };

  constructor(private readonly bench: EventEmitter, private readonly store: AssemblyStore) {
    super();
    bench.on('part-fitted', this.onPartFitted);
  }

  detach(): void {
    this.bench.off('part-fitted', this.onPartFitted);
  }

  missingParts(clockSerial: string): string[] {
    const have = this.fitted.get(clockSerial) ?? new Set();
    return [...REQUIRED_PARTS].filter((p) => !have.has(p));
  }

  private track(event: PartFitted): void {
    let parts = this.fitted.get(event.clockSerial);
    if (!parts) {
      parts = new Set();
      this.fitted.set(event.clockSerial, parts);
    }
    parts.add(event.part);
  }

  private async persist(event: PartFitted): Promise<void> {
    await this.store.recordPart(event);
    if (this.missingParts(event.clockSerial).length === 0) {
      await this.store.markComplete(event.clockSerial);
      this.fitted.delete(event.clockSerial);
      this.emit('clock-complete', event.clockSerial);
    }
  }
}
