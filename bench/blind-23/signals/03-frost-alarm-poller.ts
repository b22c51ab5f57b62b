// expect: no-leaked-race
// withTimeout races the sensor read against a setTimeout that is never cleared, so every successful poll leaves a pending timer behind.
import { EventEmitter } from 'node:events';

export interface BlockReading {
  nodeId: string;
  blockName: string;
  canopyTempC: number;
  dewPointC: number;
  takenAt: number;
}

declare const loraGateway: {
  readTemperature(nodeId: string): Promise<{ tempC: number; dewPointC: number }>;
};

export interface VineyardBlock {
  name: string;
  sensorNodeId: string;
  /** Bud stage determines how cold is too cold. */
  criticalTempC: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
    }),
  ]);
}

export class FrostAlarmPoller extends EventEmitter {
  private interval: NodeJS.Timeout | undefined;
  private readonly lastAlarm = new Map<string, number>();

  constructor(
    private readonly blocks: VineyardBlock[],
    private readonly pollMs = 60_000,
    private readonly readTimeoutMs = 15_000,
    private readonly realarmAfterMs = 30 * 60_000,
  ) {
    super();
  }

  start(): void {
    if (this.interval) return;
    void this.pollOnce();
    this.interval = setInterval(() => void this.pollOnce(), this.pollMs);
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
  }

  async pollOnce(): Promise<void> {
    const results = await Promise.allSettled(this.blocks.map((b) => this.readBlock(b)));
    results.forEach((result, i) => {
      const block = this.blocks[i];
      if (result.status === 'rejected') {
        this.emit('sensor-error', block.name, result.reason);
        return;
      }
      this.evaluate(block, result.value);
    });
  }

  private async readBlock(block: VineyardBlock): Promise<BlockReading> {
    const raw = await withTimeout(loraGateway.readTemperature(block.sensorNodeId), this.readTimeoutMs, `sensor ${block.sensorNodeId}`);
    return {
      nodeId: block.sensorNodeId,
      blockName: block.name,
      canopyTempC: raw.tempC,
      dewPointC: raw.dewPointC,
      takenAt: Date.now(),
    };
  }

  private evaluate(block: VineyardBlock, reading: BlockReading): void {
    this.emit('reading', reading);
    if (reading.canopyTempC > block.criticalTempC + 1) {
      this.lastAlarm.delete(block.name);
      return;
    }
    const last = this.lastAlarm.get(block.name) ?? 0;
    if (reading.takenAt - last < this.realarmAfterMs) return;
    this.lastAlarm.set(block.name, reading.takenAt);
    this.emit('frost-alarm', {
      block: block.name,
      tempC: reading.canopyTempC,
      criticalTempC: block.criticalTempC,
      // Radiative frost is worse when the dew point is well below air temp.
      dry: reading.canopyTempC - reading.dewPointC > 4,
    });
  }
}
