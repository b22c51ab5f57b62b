// expect: none
// Every exit path (platen hot, press fault, timeout) runs the same cleanup that clears the timer and detaches both listeners before settling, so the promise settles exactly once.
import { EventEmitter } from 'node:events';

export interface PlatenReading {
  pressId: string;
  celsius: number;
  at: number;
}

export interface PressFault {
  pressId: string;
  code: string;
  detail: string;
}

export class PressHeatupTimeout extends Error {
  constructor(readonly pressId: string, readonly waitedMs: number) {
    super(`press ${pressId} did not reach pressing temperature within ${waitedMs}ms`);
    this.name = 'PressHeatupTimeout';
  }
}

export class PressHeatupMonitor {
  constructor(
    private readonly bus: EventEmitter,
    private readonly targetCelsius = 165,
  ) {}

  waitUntilHot(pressId: string, timeoutMs: number): Promise<PlatenReading> {
    return new Promise<PlatenReading>((resolve, reject) => {
      const onReading = (reading: PlatenReading) => {
        if (reading.pressId !== pressId) return;
        if (reading.celsius >= this.targetCelsius) {
          cleanup();
          resolve(reading);
        }
      };

      const onFault = (fault: PressFault) => {
        if (fault.pressId !== pressId) return;
        cleanup();
        reject(new Error(`press ${pressId} reported fault ${fault.code}: ${fault.detail}`));
      };

      const timer = setTimeout(() => {
        cleanup();
        reject(new PressHeatupTimeout(pressId, timeoutMs));
      }, timeoutMs);

      const bus = this.bus;
      function cleanup(): void {
        clearTimeout(timer);
        bus.off('platen-reading', onReading);
        bus.off('fault', onFault);
      }

      bus.on('platen-reading', onReading);
      bus.on('fault', onFault);
    });
  }

  async preheatLine(pressIds: string[], timeoutMs: number): Promise<Map<string, PlatenReading>> {
    const readings = await Promise.all(pressIds.map((id) => this.waitUntilHot(id, timeoutMs)));
    const byPress = new Map<string, PlatenReading>();
    for (const reading of readings) {
      byPress.set(reading.pressId, reading);
    }
    return byPress;
  }
}

export function describeHeatup(readings: Map<string, PlatenReading>, startedAt: number): string {
  const lines: string[] = [];
  for (const [pressId, reading] of readings) {
    const seconds = Math.round((reading.at - startedAt) / 1000);
    lines.push(`${pressId}: ${reading.celsius.toFixed(1)}°C after ${seconds}s`);
  }
  return lines.sort().join('\n');
}
