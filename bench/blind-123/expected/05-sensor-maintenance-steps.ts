// expect: none
// The steps are arrow-function properties passed as references to runSteps, which calls and awaits each one in turn, so the list intentionally holds functions rather than promises.
export interface GasSensorHead {
  readonly stationId: string;
  openPurgeValve(seconds: number): Promise<void>;
  zero(gas: 'SO2' | 'H2S' | 'CO2'): Promise<number>;
  span(gas: 'SO2' | 'H2S' | 'CO2', ppm: number): Promise<number>;
  heaterOn(): Promise<void>;
}

export type Step = { name: string; run: () => Promise<void> };

export interface StepLog {
  step: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export async function runSteps(steps: Step[], log: StepLog[]): Promise<boolean> {
  for (const step of steps) {
    const started = Date.now();
    try {
      await step.run();
      log.push({ step: step.name, ok: true, ms: Date.now() - started });
    } catch (err) {
      log.push({ step: step.name, ok: false, ms: Date.now() - started, error: err instanceof Error ? err.message : String(err) });
      return false;
    }
  }
  return true;
}

const SPAN_GAS_PPM = { SO2: 10, H2S: 25, CO2: 1000 } as const;
const MAX_ZERO_DRIFT = 0.5;

export class FumaroleMaintenance {
  readonly drift: Record<string, number> = {};

  constructor(private readonly head: GasSensorHead) {}

  readonly warmUp = async (): Promise<void> => {
    await this.head.heaterOn();
  };

  readonly purge = async (): Promise<void> => {
    // ash and condensate build up in the inlet between visits
    await this.head.openPurgeValve(45);
  };

  readonly zeroAll = async (): Promise<void> => {
    for (const gas of ['SO2', 'H2S', 'CO2'] as const) {
      const offset = await this.head.zero(gas);
      this.drift[`${gas}-zero`] = offset;
      if (Math.abs(offset) > MAX_ZERO_DRIFT * SPAN_GAS_PPM[gas] / 10) {
        throw new Error(`${this.head.stationId}: ${gas} zero drift ${offset} ppm, replace cell`);
      }
    }
  };

  readonly spanAll = async (): Promise<void> => {
    for (const gas of ['SO2', 'H2S', 'CO2'] as const) {
      this.drift[`${gas}-span`] = await this.head.span(gas, SPAN_GAS_PPM[gas]);
    }
  };

  async service(): Promise<{ ok: boolean; log: StepLog[] }> {
    const log: StepLog[] = [];
    const ok = await runSteps(
      [
        { name: 'heater', run: this.warmUp },
        { name: 'purge', run: this.purge },
        { name: 'zero', run: this.zeroAll },
        { name: 'span', run: this.spanAll },
      ],
      log,
    );
    return { ok, log };
  }
}
