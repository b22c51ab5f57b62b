// expect: none
// Correct: the door check is awaited before the truthiness test, the report JSON holds awaited numbers, and lampHours (set in a 'status' handler) is read only after awaiting that event.
import { EventEmitter, once } from 'node:events';

declare const ovenController: EventEmitter & {
  requestStatus(): void;
  isDoorClosed(): Promise<boolean>;
  setUv(on: boolean): Promise<void>;
  readHumidity(): Promise<number>;
};

declare const luthierPortal: {
  upload(path: string, body: string): Promise<void>;
};

interface OvenStatus {
  lampHours: number;
  cabinetC: number;
}

export interface VarnishBatch {
  batchId: string;
  instruments: string[];
  coat: number;
  uvMinutes: number;
}

const LAMP_REPLACEMENT_HOURS = 1_500;

export class VarnishOven {
  private lampHours = 0;

  constructor() {
    ovenController.on('status', (status: OvenStatus) => {
      this.lampHours = status.lampHours;
    });
  }

  private async refreshStatus(): Promise<OvenStatus> {
    const statusEvent = once(ovenController, 'status');
    ovenController.requestStatus();
    const [status] = (await statusEvent) as [OvenStatus];
    return status;
  }

  async cure(batch: VarnishBatch): Promise<{ lampHours: number; humidityPct: number }> {
    if (!(await ovenController.isDoorClosed())) {
      throw new Error(`oven door open; cannot cure batch ${batch.batchId}`);
    }

    const status = await this.refreshStatus();
    if (this.lampHours + batch.uvMinutes / 60 > LAMP_REPLACEMENT_HOURS) {
      throw new Error(`UV lamp at ${this.lampHours}h; replace before curing ${batch.batchId}`);
    }
    if (status.cabinetC > 35) {
      throw new Error(`cabinet at ${status.cabinetC}C; varnish will wrinkle`);
    }

    await ovenController.setUv(true);
    try {
      await new Promise<void>((resolve) => setTimeout(resolve, batch.uvMinutes * 60_000));
    } finally {
      await ovenController.setUv(false);
    }

    const humidityPct = await ovenController.readHumidity();
    const report = {
      batchId: batch.batchId,
      coat: batch.coat,
      instruments: batch.instruments,
      humidityPct,
      lampHours: this.lampHours,
    };
    await luthierPortal.upload(`/batches/${batch.batchId}/coat-${batch.coat}.json`, JSON.stringify(report));
    return { lampHours: this.lampHours, humidityPct };
  }
}
