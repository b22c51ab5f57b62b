// expect: no-read-before-settle
// `this.calibration` is assigned in a .then() callback but read synchronously right after in start(), so the default offset is applied.
import { EventEmitter } from 'node:events';

interface Calibration {
  sensorId: string;
  baselineMm: number;
  occupiedBelowMm: number;
  updatedAt: string;
}

interface RawReading {
  sensorId: string;
  distanceMm: number;
  battery: number;
}

declare const calibrationApi: {
  load(sensorId: string): Promise<Calibration>;
};

declare const gateway: {
  subscribe(sensorId: string, handler: (reading: RawReading) => void): () => void;
};

const FACTORY_CALIBRATION: Omit<Calibration, 'sensorId'> = {
  baselineMm: 1200,
  occupiedBelowMm: 600,
  updatedAt: '1970-01-01T00:00:00.000Z',
};

export class BaySensor extends EventEmitter {
  private calibration: Calibration;
  private thresholdMm: number;
  private occupied = false;
  private unsubscribe?: () => void;

  constructor(readonly sensorId: string) {
    super();
    this.calibration = { sensorId, ...FACTORY_CALIBRATION };
    this.thresholdMm = FACTORY_CALIBRATION.occupiedBelowMm;
  }

  start(): void {
    calibrationApi
      .load(this.sensorId)
      .then((cal) => {
        this.calibration = cal;
      })
      .catch((err: Error) => this.emit('warning', `calibration unavailable: ${err.message}`));

    // Hysteresis band scales with how far the car sits from the mount
    const band = Math.round((this.calibration.baselineMm - this.calibration.occupiedBelowMm) * 0.1);
    this.thresholdMm = this.calibration.occupiedBelowMm + band;

    this.unsubscribe = gateway.subscribe(this.sensorId, (reading) => this.onReading(reading));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private onReading(reading: RawReading): void {
    if (reading.battery < 0.05) {
      this.emit('battery-low', this.sensorId);
    }
    const nowOccupied = reading.distanceMm < this.thresholdMm;
    if (nowOccupied !== this.occupied) {
      this.occupied = nowOccupied;
      this.emit('change', { sensorId: this.sensorId, occupied: nowOccupied, at: Date.now() });
    }
  }
}
