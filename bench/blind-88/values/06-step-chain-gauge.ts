// expect: none
// lastFrame and the firmware version are written in a .then() callback and an event listener, but they are only read after awaiting the promise / once() for that same event, so the writes have already happened.
import { EventEmitter, once } from 'node:events';

export interface ChainFrame {
  unitId: string;
  pitchMm: number[];
  tensionN: number;
  capturedAt: number;
}

interface GaugeDevice extends EventEmitter {
  connect(): void;
  capture(): Promise<ChainFrame>;
}

const NOMINAL_PITCH_MM = 133.33;

export class StepChainGauge {
  private firmware = 'unknown';
  private lastFrame: ChainFrame | undefined;
  private connected = false;

  constructor(private readonly device: GaugeDevice) {
    device.on('hello', (info: { firmware: string }) => {
      this.firmware = info.firmware;
    });
  }

  async connect(timeoutMs = 5_000): Promise<string> {
    if (this.connected) return this.firmware;
    const hello = once(this.device, 'hello', { signal: AbortSignal.timeout(timeoutMs) });
    this.device.connect();
    await hello;
    this.connected = true;
    return this.firmware;
  }

  async measure(passes = 3): Promise<{ elongationPct: number; firmware: string; samples: number }> {
    await this.connect();
    const pitches: number[] = [];
    for (let i = 0; i < passes; i++) {
      await this.device.capture().then((frame) => {
        this.lastFrame = frame;
        pitches.push(...frame.pitchMm);
      });
    }
    const mean = pitches.reduce((a, b) => a + b, 0) / pitches.length;
    return {
      elongationPct: Math.round(((mean - NOMINAL_PITCH_MM) / NOMINAL_PITCH_MM) * 10_000) / 100,
      firmware: this.firmware,
      samples: pitches.length,
    };
  }

  lastTension(): number | undefined {
    return this.lastFrame?.tensionN;
  }
}

export async function surveyUnit(gauge: StepChainGauge, unitId: string) {
  let tensionWarning = false;
  const result = gauge.measure(4).then((r) => {
    tensionWarning = (gauge.lastTension() ?? 0) > 18_000;
    return r;
  });
  const { elongationPct, firmware, samples } = await result;
  return {
    unitId,
    elongationPct,
    replaceChain: elongationPct >= 1.5,
    tensionWarning,
    note: `${samples} pitch samples, gauge firmware ${firmware}`,
  };
}
