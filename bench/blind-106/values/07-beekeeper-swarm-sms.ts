// expect: no-promise-as-value
// weatherNote() is async but is interpolated into the SMS template without await, so keepers receive "[object Promise]" instead of the flight-weather advice in every swarm alert.
export interface Apiary {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface SwarmSignal {
  hiveId: string;
  apiary: Apiary;
  pipingDetected: boolean;
  weightDropKg: number;
  at: Date;
}

export interface WeatherService {
  current(lat: number, lon: number): Promise<{ tempC: number; windKph: number; raining: boolean }>;
}

export interface SmsGateway {
  send(to: string, body: string): Promise<{ id: string }>;
}

type Level = 'watch' | 'likely' | 'in progress';

export class SwarmNotifier {
  constructor(private readonly weather: WeatherService, private readonly sms: SmsGateway, private readonly keeperPhone: string) {}

  level(signal: SwarmSignal): Level | null {
    if (signal.weightDropKg >= 1.5) return 'in progress';
    if (signal.pipingDetected) return 'likely';
    if (signal.weightDropKg >= 0.5) return 'watch';
    return null;
  }

  private async weatherNote(apiary: Apiary): Promise<string> {
    const w = await this.weather.current(apiary.lat, apiary.lon);
    if (w.raining) return 'Raining now, swarm unlikely to fly far.';
    if (w.tempC >= 18 && w.windKph < 20) return `Good flying weather (${w.tempC.toFixed(0)}°C), bring a bait box.`;
    return `Marginal weather (${w.tempC.toFixed(0)}°C, wind ${w.windKph.toFixed(0)} km/h).`;
  }

  async notify(signal: SwarmSignal): Promise<string | null> {
    const level = this.level(signal);
    if (!level) return null;
    const time = signal.at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const body = `Swarm ${level} at ${signal.apiary.name}, hive ${signal.hiveId} (${time}). ${this.weatherNote(signal.apiary)} Reply ACK.`;
    const { id } = await this.sms.send(this.keeperPhone, body);
    return id;
  }

  async notifyAll(signals: SwarmSignal[]): Promise<string[]> {
    const ids: string[] = [];
    for (const s of signals) {
      const id = await this.notify(s);
      if (id) ids.push(id);
    }
    return ids;
  }
}
