// expect: no-reused-settled-promise
// Bug: readCelsiusWithRetry starts bus.readChannel once and re-awaits that same rejected promise on every retry instead of issuing a new read.
import { setTimeout as delay } from 'node:timers/promises';

export interface HeaterZone {
  id: string;
  thermistorChannel: number;
  relayChannel: number;
  maxDuty: number;
}

interface AdcBus {
  readChannel(channel: number): Promise<number>;
  setRelayDuty(channel: number, duty: number): Promise<void>;
}

declare const observatoryLog: { warn(msg: string, extra?: object): void };

const BETA = 3950;
const R_NOMINAL = 10_000;
const T_NOMINAL_K = 298.15;
const ADC_MAX = 4095;

function adcToCelsius(raw: number): number {
  const resistance = R_NOMINAL * (ADC_MAX / raw - 1);
  const inverseT = 1 / T_NOMINAL_K + Math.log(resistance / R_NOMINAL) / BETA;
  return 1 / inverseT - 273.15;
}

export async function readCelsiusWithRetry(bus: AdcBus, channel: number, attempts = 4): Promise<number> {
  const reading = bus.readChannel(channel);
  let lastError: unknown;

  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const raw = await reading;
      if (raw <= 0 || raw >= ADC_MAX) throw new RangeError(`thermistor on ch${channel} open or shorted (${raw})`);
      return adcToCelsius(raw);
    } catch (err) {
      lastError = err;
      observatoryLog.warn('thermistor read failed', { channel, attempt, error: String(err) });
      await delay(50 * 2 ** attempt);
    }
  }
  throw new Error(`thermistor ch${channel} unreadable after ${attempts} attempts`, { cause: lastError });
}

export class DomeHeaterController {
  private readonly integral = new Map<string, number>();

  constructor(
    private readonly bus: AdcBus,
    private readonly zones: HeaterZone[],
    private readonly dewPointC: () => number,
  ) {}

  async tick(): Promise<Record<string, number>> {
    const target = this.dewPointC() + 2.5;
    const duties: Record<string, number> = {};

    for (const zone of this.zones) {
      const celsius = await readCelsiusWithRetry(this.bus, zone.thermistorChannel);
      const error = target - celsius;
      const integral = Math.max(-20, Math.min(20, (this.integral.get(zone.id) ?? 0) + error));
      this.integral.set(zone.id, integral);

      const duty = Math.max(0, Math.min(zone.maxDuty, 0.08 * error + 0.01 * integral));
      await this.bus.setRelayDuty(zone.relayChannel, duty);
      duties[zone.id] = duty;
    }
    return duties;
  }

  async allOff(): Promise<void> {
    await Promise.all(this.zones.map((z) => this.bus.setRelayDuty(z.relayChannel, 0)));
    this.integral.clear();
  }
}
