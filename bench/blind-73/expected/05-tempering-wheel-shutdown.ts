// expect: no-uncalled-async-function
// shutdown() awaits this.flushCurveLog (the method) instead of calling it, so the buffered temper curve is never persisted before the wheel is marked off.
import { writeFile } from 'node:fs/promises';

export type Chocolate = 'dark' | 'milk' | 'white' | 'ruby';
export type WheelState = 'idle' | 'melting' | 'cooling' | 'working' | 'stopping' | 'off';

interface CurvePoint {
  at: number;
  bowlC: number;
  wheelRpm: number;
}

interface WheelHardware {
  setHeater(watts: number): Promise<void>;
  rampMotor(rpm: number, overMs: number): Promise<void>;
  bowlTemperature(): Promise<number>;
}

declare const curveDir: string;

const WORKING_C: Record<Chocolate, [number, number]> = {
  dark: [31, 32],
  milk: [29, 30],
  white: [27, 28],
  ruby: [29, 30],
};

export class TemperingWheel {
  private state: WheelState = 'idle';
  private readonly curve: CurvePoint[] = [];
  private sampler: NodeJS.Timeout | null = null;

  constructor(
    readonly wheelId: string,
    private readonly chocolate: Chocolate,
    private readonly hw: WheelHardware,
  ) {}

  get currentState(): WheelState {
    return this.state;
  }

  async start(rpm = 18): Promise<void> {
    this.state = 'melting';
    await this.hw.setHeater(450);
    await this.hw.rampMotor(rpm, 4_000);
    this.sampler = setInterval(() => {
      this.hw.bowlTemperature().then(
        (bowlC) => this.record(bowlC, rpm),
        () => this.record(Number.NaN, rpm),
      );
    }, 5_000);
  }

  private record(bowlC: number, wheelRpm: number): void {
    this.curve.push({ at: Date.now(), bowlC, wheelRpm });
    const [low, high] = WORKING_C[this.chocolate];
    if (this.state === 'melting' && bowlC >= 45) this.state = 'cooling';
    else if (this.state === 'cooling' && bowlC <= high && bowlC >= low) this.state = 'working';
  }

  private async flushCurveLog(): Promise<void> {
    if (this.curve.length === 0) return;
    const rows = this.curve.splice(0).map((p) => `${p.at},${p.bowlC.toFixed(2)},${p.wheelRpm}`);
    await writeFile(`${curveDir}/${this.wheelId}-${Date.now()}.csv`, `at,bowl_c,rpm\n${rows.join('\n')}\n`);
  }

  async shutdown(): Promise<void> {
    if (this.state === 'off' || this.state === 'stopping') return;
    this.state = 'stopping';
    if (this.sampler) {
      clearInterval(this.sampler);
      this.sampler = null;
    }
    await this.hw.setHeater(0);
    await this.hw.rampMotor(0, 6_000);
    await this.flushCurveLog;
    this.state = 'off';
  }
}

export async function endOfShift(wheels: TemperingWheel[]): Promise<string[]> {
  const stopped: string[] = [];
  for (const wheel of wheels) {
    await wheel.shutdown();
    if (wheel.currentState === 'off') stopped.push(wheel.wheelId);
  }
  return stopped;
}
