// expect: none
// Correct: the async escalation started from the synchronous 'excursion' listener has a .catch attached immediately, and the log replay awaits each step.
import { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface LoggerReading {
  shipmentId: string;
  loggerId: string;
  at: Date;
  tempC: number;
}

export interface Excursion {
  shipmentId: string;
  loggerId: string;
  startedAt: Date;
  peakC: number;
}

declare const pagerService: {
  trigger(summary: string, details: Record<string, unknown>): Promise<{ incidentId: string }>;
};

declare const qaLedger: {
  quarantine(shipmentId: string, reason: string): Promise<void>;
};

const LIMITS = { minC: 2, maxC: 8 };

export class ColdChainMonitor extends EventEmitter {
  private readonly open = new Map<string, Excursion>();

  constructor() {
    super();
    this.on('excursion', (excursion: Excursion) => {
      this.escalate(excursion).catch((err: unknown) => {
        this.emit('escalation-failed', { excursion, err });
      });
    });
  }

  ingest(reading: LoggerReading): void {
    const key = `${reading.shipmentId}/${reading.loggerId}`;
    const outOfRange = reading.tempC < LIMITS.minC || reading.tempC > LIMITS.maxC;
    const current = this.open.get(key);

    if (outOfRange && !current) {
      const excursion = {
        shipmentId: reading.shipmentId,
        loggerId: reading.loggerId,
        startedAt: reading.at,
        peakC: reading.tempC,
      };
      this.open.set(key, excursion);
      this.emit('excursion', excursion);
    } else if (outOfRange && current) {
      if (Math.abs(reading.tempC - 5) > Math.abs(current.peakC - 5)) current.peakC = reading.tempC;
    } else if (current) {
      this.open.delete(key);
      this.emit('recovered', current, reading.at);
    }
  }

  private async escalate(excursion: Excursion): Promise<void> {
    const { incidentId } = await pagerService.trigger(`Vaccine shipment ${excursion.shipmentId} outside 2-8 °C`, {
      ...excursion,
      startedAt: excursion.startedAt.toISOString(),
    });
    await qaLedger.quarantine(excursion.shipmentId, `temperature excursion, incident ${incidentId}`);
  }
}

export async function replayLoggerCsv(path: string, monitor: ColdChainMonitor): Promise<number> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line || line.startsWith('shipment')) continue;
    const [shipmentId, loggerId, iso, temp] = line.split(',');
    monitor.ingest({ shipmentId, loggerId, at: new Date(iso), tempC: Number(temp) });
    count++;
  }
  return count;
}
