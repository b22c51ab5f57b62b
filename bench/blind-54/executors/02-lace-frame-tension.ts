// expect: none
// Each executor settles exactly once: the callback returns after reject, and the tension wait removes both listeners and its timer whichever path settles first.
import { EventEmitter } from "node:events";

export interface Pricking {
  patternId: string;
  pinCount: number;
  bobbinPairs: number;
}

export interface TensionReading {
  pair: number;
  grams: number;
}

interface FrameDriver extends EventEmitter {
  loadPricking(path: string, cb: (err: Error | null, pricking?: Pricking) => void): void;
  setTension(pair: number, grams: number): void;
}

declare function openFrame(serial: string): FrameDriver;

export class LaceFrameError extends Error {
  constructor(
    message: string,
    readonly frameSerial: string,
  ) {
    super(message);
    this.name = "LaceFrameError";
  }
}

export class LaceFrame {
  private readonly driver: FrameDriver;

  constructor(private readonly serial: string) {
    this.driver = openFrame(serial);
  }

  loadPattern(path: string): Promise<Pricking> {
    return new Promise<Pricking>((resolve, reject) => {
      this.driver.loadPricking(path, (err, pricking) => {
        if (err) {
          return reject(new LaceFrameError(`could not load ${path}: ${err.message}`, this.serial));
        }
        if (!pricking || pricking.pinCount === 0) {
          return reject(new LaceFrameError(`pricking ${path} has no pins`, this.serial));
        }
        resolve(pricking);
      });
    });
  }

  applyTension(pair: number, grams: number, timeoutMs = 5_000): Promise<TensionReading> {
    return new Promise<TensionReading>((resolve, reject) => {
      const onStable = (reading: TensionReading) => {
        if (reading.pair !== pair) return;
        cleanup();
        resolve(reading);
      };
      const onFault = (fault: { pair: number; reason: string }) => {
        if (fault.pair !== pair) return;
        cleanup();
        reject(new LaceFrameError(`pair ${pair} faulted: ${fault.reason}`, this.serial));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new LaceFrameError(`pair ${pair} did not stabilise within ${timeoutMs}ms`, this.serial));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.driver.off("stable", onStable);
        this.driver.off("fault", onFault);
      };
      this.driver.on("stable", onStable);
      this.driver.on("fault", onFault);
      try {
        this.driver.setTension(pair, grams);
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  async tensionAll(pricking: Pricking, grams: number): Promise<TensionReading[]> {
    const readings: TensionReading[] = [];
    for (let pair = 0; pair < pricking.bobbinPairs; pair++) {
      readings.push(await this.applyTension(pair, grams));
    }
    return readings;
  }
}
