// expect: no-uncalled-async-function
// start() passes this.warmWinds and this.warmAirspace to Promise.all without calling them, so nothing is warmed and the ops board starts with empty caches.
import { EventEmitter } from 'node:events';

export interface WindLevel {
  altitudeFt: number;
  speedKts: number;
  directionDeg: number;
}

export interface AirspaceNotice {
  id: string;
  text: string;
  from: string;
  to: string;
  lowerFt: number;
  upperFt: number;
}

declare const metApi: { windsAloft(site: string): Promise<WindLevel[]> };
declare const notamApi: { active(fir: string): Promise<AirspaceNotice[]> };

export class BalloonOpsBoard extends EventEmitter {
  private winds = new Map<string, WindLevel[]>();
  private notices: AirspaceNotice[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly sites: string[], private readonly fir: string) {
    super();
    this.warmWinds = this.warmWinds.bind(this);
    this.warmAirspace = this.warmAirspace.bind(this);
  }

  async warmWinds(): Promise<void> {
    for (const site of this.sites) {
      this.winds.set(site, await metApi.windsAloft(site));
    }
    this.emit('winds', this.sites.length);
  }

  async warmAirspace(): Promise<void> {
    this.notices = (await notamApi.active(this.fir)).filter((n) => n.lowerFt < 3000);
    this.emit('airspace', this.notices.length);
  }

  async start(refreshMinutes = 30): Promise<void> {
    await Promise.all([this.warmWinds, this.warmAirspace]);
    this.refreshTimer = setInterval(() => {
      Promise.all([this.warmWinds(), this.warmAirspace()]).catch((err) => this.emit('error', err));
    }, refreshMinutes * 60_000);
    this.emit('ready');
  }

  stop() {
    clearInterval(this.refreshTimer);
  }

  briefing(site: string): string {
    const levels = this.winds.get(site);
    if (!levels) return `${site}: no winds aloft loaded`;
    const lines = levels
      .sort((a, b) => a.altitudeFt - b.altitudeFt)
      .map((l) => `${String(l.altitudeFt).padStart(5)} ft  ${String(l.directionDeg).padStart(3, '0')}° ${l.speedKts} kt`);
    const notams = this.notices.map((n) => `NOTAM ${n.id}: ${n.text} (${n.lowerFt}–${n.upperFt} ft)`);
    return [`${site}`, ...lines, ...(notams.length ? notams : ['No low-level NOTAMs'])].join('\n');
  }
}
