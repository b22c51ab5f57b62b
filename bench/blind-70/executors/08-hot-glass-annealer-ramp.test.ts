// expect: no-multiple-settle
// bug: the async executor awaits kiln.setProgram() before subscribing; if that call rejects the promise is never settled and the test hangs.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  toBeGreaterThan(n: number): void;
};

interface RampSegment {
  toCelsius: number;
  degreesPerHour: number;
  holdMinutes: number;
}

interface PlateauEvent {
  segment: number;
  celsius: number;
}

class SimulatedAnnealer extends EventEmitter {
  celsius = 20;
  private timers: NodeJS.Timeout[] = [];

  async setProgram(segments: RampSegment[]): Promise<void> {
    if (segments.some((s) => s.toCelsius > 560)) {
      throw new Error('program exceeds the soda-lime strain point ceiling');
    }
    segments.forEach((segment, index) => {
      this.timers.push(
        setTimeout(() => {
          this.celsius = segment.toCelsius;
          this.emit('plateau', { segment: index, celsius: segment.toCelsius } satisfies PlateauEvent);
        }, 5 * (index + 1)),
      );
    });
  }

  shutdown(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
    this.removeAllListeners();
  }
}

function runToPlateau(kiln: SimulatedAnnealer, segments: RampSegment[], segment: number): Promise<PlateauEvent> {
  return new Promise<PlateauEvent>(async (resolve) => {
    await kiln.setProgram(segments);
    const onPlateau = (event: PlateauEvent) => {
      if (event.segment === segment) {
        kiln.off('plateau', onPlateau);
        resolve(event);
      }
    };
    kiln.on('plateau', onPlateau);
  });
}

describe('annealer ramp programs', () => {
  let kiln: SimulatedAnnealer;

  beforeEach(() => {
    kiln = new SimulatedAnnealer();
  });

  afterEach(() => {
    kiln.shutdown();
  });

  it('holds at the annealing point before cooling', async () => {
    const program: RampSegment[] = [
      { toCelsius: 482, degreesPerHour: 300, holdMinutes: 60 },
      { toCelsius: 371, degreesPerHour: 60, holdMinutes: 0 },
    ];
    const first = await runToPlateau(kiln, program, 0);
    expect(first.celsius).toBe(482);

    const second = await runToPlateau(kiln, program, 1);
    expect(second.celsius).toBeLessThan(first.celsius);
  });

  it('reaches the final segment of a three-step cool-down', async () => {
    const program: RampSegment[] = [
      { toCelsius: 510, degreesPerHour: 400, holdMinutes: 30 },
      { toCelsius: 440, degreesPerHour: 80, holdMinutes: 0 },
      { toCelsius: 300, degreesPerHour: 150, holdMinutes: 0 },
    ];
    const last = await runToPlateau(kiln, program, 2);
    expect(last).toEqual({ segment: 2, celsius: 300 });
    expect(kiln.celsius).toBeGreaterThan(20);
  });

  it('refuses a program above the strain-point ceiling', async () => {
    const program: RampSegment[] = [{ toCelsius: 600, degreesPerHour: 500, holdMinutes: 10 }];
    let message = '';
    try {
      await runToPlateau(kiln, program, 0);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('program exceeds the soda-lime strain point ceiling');
  });
});
