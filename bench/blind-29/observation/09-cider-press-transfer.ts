// expect: no-unobserved-promise
// On the over-temperature early return the pump transfer promise is never awaited, and pump.stop() makes it reject with nobody handling it.
import { EventEmitter } from 'node:events';

export interface PressBatch {
  batchId: string;
  variety: string;
  tankId: string;
  litres: number;
}

export interface TransferResult {
  batchId: string;
  status: 'transferred' | 'aborted';
  litres: number;
  reason?: string;
}

export interface JuicePump {
  transfer(tankId: string, litres: number): Promise<number>;
  stop(): void;
}

export interface TankSensors {
  temperatureC(tankId: string): number;
  freeCapacity(tankId: string): number;
}

const MAX_JUICE_TEMP_C = 18;

export class PressLineController extends EventEmitter {
  private busy = false;

  constructor(
    private readonly pump: JuicePump,
    private readonly sensors: TankSensors,
  ) {
    super();
  }

  async moveToTank(batch: PressBatch): Promise<TransferResult> {
    if (this.busy) throw new Error('press line already transferring');
    if (this.sensors.freeCapacity(batch.tankId) < batch.litres) {
      throw new Error(`tank ${batch.tankId} cannot take ${batch.litres} L`);
    }

    this.busy = true;
    this.emit('transfer:start', batch);
    try {
      const transfer = this.pump.transfer(batch.tankId, batch.litres);

      // Warm juice ferments wild; stop straight away rather than fill a tank we'll dump.
      const temp = this.sensors.temperatureC(batch.tankId);
      if (temp > MAX_JUICE_TEMP_C) {
        this.pump.stop();
        this.emit('transfer:aborted', batch, temp);
        return {
          batchId: batch.batchId,
          status: 'aborted',
          litres: 0,
          reason: `tank at ${temp.toFixed(1)}°C`,
        };
      }

      const moved = await transfer;
      this.emit('transfer:done', batch, moved);
      return { batchId: batch.batchId, status: 'transferred', litres: moved };
    } finally {
      this.busy = false;
    }
  }
}
