// expect: no-promise-as-value
// windAloft() is async but is interpolated into the radio bulletin unawaited, so pilots hear "winds at 1500 m: [object Promise]" instead of the forecast speed.
import { EventEmitter } from 'node:events';

export interface SiteConditions {
  site: string;
  surfaceKmh: number;
  gustKmh: number;
  direction: string;
  cloudBaseM: number;
}

export interface SoundingService {
  windAt(site: string, altitudeM: number): Promise<{ kmh: number; direction: string }>;
  conditions(site: string): Promise<SiteConditions>;
}

export class RadioBulletin extends EventEmitter {
  constructor(private readonly soundings: SoundingService, private readonly altitudeM = 1_500) {
    super();
  }

  private async windAloft(site: string): Promise<string> {
    const w = await this.soundings.windAt(site, this.altitudeM);
    return `${w.kmh} km/h from ${w.direction}`;
  }

  async compose(site: string): Promise<string> {
    const c = await this.soundings.conditions(site);
    const caution = c.gustKmh - c.surfaceKmh > 10 ? ' CAUTION gusty.' : '';
    const bulletin =
      `${c.site} launch: surface ${c.surfaceKmh} km/h ${c.direction}, gusting ${c.gustKmh}.` +
      ` Winds at ${this.altitudeM} m: ${this.windAloft(site)}.` +
      ` Cloud base ${c.cloudBaseM} m.${caution}`;
    this.emit('bulletin', site, bulletin);
    return bulletin;
  }

  async composeAll(sites: string[]): Promise<string> {
    const parts: string[] = [];
    for (const s of sites) parts.push(await this.compose(s));
    return parts.join('\n');
  }
}

export function shouldBroadcast(previous: string | undefined, next: string): boolean {
  if (!previous) return true;
  const gustPattern = /gusting (\d+)/;
  const before = Number(gustPattern.exec(previous)?.[1] ?? 0);
  const after = Number(gustPattern.exec(next)?.[1] ?? 0);
  return Math.abs(after - before) >= 5 || previous.includes('CAUTION') !== next.includes('CAUTION');
}
