// expect: no-floating-promises
// The RFID 'tag' listener is an async function; EventEmitter ignores the promise it returns, so a failed registry lookup is dropped.
import { EventEmitter } from 'node:events';

export interface RfidTag {
  epc: string;
  antenna: number;
  rssi: number;
}

export interface JacketRecord {
  serial: string;
  size: 'infant' | 'child' | 'adult' | 'adult-xl';
  manufacturedOn: string;
  lastServicedOn: string;
  inflatable: boolean;
}

export interface DeckAudit {
  vessel: string;
  deck: string;
  counted: Record<JacketRecord['size'], number>;
  overdue: string[];
  unknownTags: string[];
}

declare class RfidReader extends EventEmitter {
  start(): void;
  stop(): void;
}

declare const registry: {
  lookup(epc: string): Promise<JacketRecord | undefined>;
  submitAudit(audit: DeckAudit): Promise<string>;
};

const SERVICE_INTERVAL_DAYS = { inflatable: 365, foam: 3 * 365 };

function isOverdue(jacket: JacketRecord, today: Date): boolean {
  const limit = jacket.inflatable ? SERVICE_INTERVAL_DAYS.inflatable : SERVICE_INTERVAL_DAYS.foam;
  const ageDays = (today.getTime() - new Date(jacket.lastServicedOn).getTime()) / 86_400_000;
  return ageDays > limit;
}

export class DeckAuditSession {
  private readonly seen = new Set<string>();
  private readonly audit: DeckAudit;

  constructor(
    private readonly reader: RfidReader,
    vessel: string,
    deck: string,
    private readonly today = new Date(),
  ) {
    this.audit = {
      vessel,
      deck,
      counted: { infant: 0, child: 0, adult: 0, 'adult-xl': 0 },
      overdue: [],
      unknownTags: [],
    };

    reader.on('tag', async (tag: RfidTag) => {
      if (tag.rssi < -70 || this.seen.has(tag.epc)) return; // weak read from the neighbouring deck, or a repeat
      this.seen.add(tag.epc);
      const jacket = await registry.lookup(tag.epc);
      if (!jacket) {
        this.audit.unknownTags.push(tag.epc);
        return;
      }
      this.audit.counted[jacket.size]++;
      if (isOverdue(jacket, this.today)) this.audit.overdue.push(jacket.serial);
    });
  }

  begin(): void {
    this.reader.start();
  }

  async finish(requiredAdults: number, requiredChildren: number): Promise<string> {
    this.reader.stop();
    const { counted } = this.audit;
    const adults = counted.adult + counted['adult-xl'];
    const children = counted.child + counted.infant;
    if (adults < requiredAdults || children < requiredChildren) {
      this.audit.overdue.push(`SHORTFALL adults=${adults}/${requiredAdults} children=${children}/${requiredChildren}`);
    }
    return registry.submitAudit(this.audit);
  }
}
