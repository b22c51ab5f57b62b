// expect: no-multiple-settle
// waitForStableBrix only listens for 'reading'; if the serial port emits 'error' or closes before a stable reading arrives, the promise never settles.
import { EventEmitter } from 'node:events';

export interface BrixReading {
  tankId: string;
  brix: number;
  tempC: number;
  at: number;
}

export interface SerialPortLike extends EventEmitter {
  write(command: string): void;
  close(): void;
}

declare function openSerial(path: string, baud: number): SerialPortLike;

function parseReading(tankId: string, raw: string): BrixReading | null {
  // Refractometer line format: "B=66.4;T=103.9"
  const match = /^B=(\d+(?:\.\d+)?);T=(-?\d+(?:\.\d+)?)$/.exec(raw.trim());
  if (!match) return null;
  return { tankId, brix: Number(match[1]), tempC: Number(match[2]), at: Date.now() };
}

export class BrixSensor {
  private readonly port: SerialPortLike;
  private readonly window: BrixReading[] = [];

  constructor(readonly tankId: string, devicePath: string) {
    this.port = openSerial(devicePath, 9600);
    this.port.on('line', (raw: string) => {
      const reading = parseReading(this.tankId, raw);
      if (reading) this.port.emit('reading', reading);
    });
  }

  /**
   * Resolves with the first reading once five consecutive samples agree
   * within 0.2 °Bx, which is when the syrup is considered drawn-off ready.
   */
  waitForStableBrix(target = 66.9): Promise<BrixReading> {
    return new Promise<BrixReading>((resolve) => {
      const onReading = (reading: BrixReading) => {
        this.window.push(reading);
        if (this.window.length > 5) this.window.shift();
        if (this.window.length < 5) return;

        const values = this.window.map((r) => r.brix);
        const spread = Math.max(...values) - Math.min(...values);
        if (spread <= 0.2 && reading.brix >= target) {
          this.port.off('reading', onReading);
          resolve(reading);
        }
      };
      this.port.on('reading', onReading);
      this.port.write('STREAM ON\r\n');
    });
  }

  close(): void {
    this.port.write('STREAM OFF\r\n');
    this.port.close();
  }
}

export async function drawOffWhenReady(tankId: string, devicePath: string): Promise<BrixReading> {
  const sensor = new BrixSensor(tankId, devicePath);
  try {
    const reading = await sensor.waitForStableBrix();
    console.log(`[${tankId}] drawing off at ${reading.brix} °Bx, ${reading.tempC} °C`);
    return reading;
  } finally {
    sensor.close();
  }
}
