// expect: none
// this.window is assigned in a .then callback, but it is only read after the stored `ready` promise has been awaited.
import { EventEmitter } from 'node:events';

export interface WeatherWindow {
  start: Date;
  end: Date;
  windKph: number;
  visibilityMeters: number;
  stable: boolean;
}

export interface ChargeSite {
  id: string;
  slope: string;
  chargeKg: number;
}

declare const forecastService: { nextWindow(path: string, signal: AbortSignal): Promise<WeatherWindow> };
declare const gazex: { fire(siteId: string, chargeKg: number): Promise<{ detonated: boolean }> };
declare const roadClosures: { close(road: string, until: Date): Promise<void>; reopen(road: string): Promise<void> };

export class ControlMission extends EventEmitter {
  private window?: WeatherWindow;
  private readonly ready: Promise<void>;
  private readonly abort = new AbortController();

  constructor(
    readonly road: string,
    private readonly sites: ChargeSite[],
  ) {
    super();
    this.ready = forecastService.nextWindow(road, this.abort.signal).then((w) => {
      this.window = w;
      this.emit('forecast', w);
    });
  }

  cancel(): void {
    this.abort.abort(new Error('mission cancelled by patrol lead'));
  }

  async execute(): Promise<{ fired: string[]; duds: string[] }> {
    await this.ready;
    const window = this.window;
    if (!window?.stable || window.windKph > 45 || window.visibilityMeters < 300) {
      throw new Error(`no safe window for ${this.road}`);
    }

    await roadClosures.close(this.road, window.end);
    const fired: string[] = [];
    const duds: string[] = [];
    try {
      for (const site of this.sites) {
        if (this.abort.signal.aborted) break;
        if (Date.now() > window.end.getTime()) {
          this.emit('window-closed', site.id);
          break;
        }
        const { detonated } = await gazex.fire(site.id, site.chargeKg);
        (detonated ? fired : duds).push(site.id);
        this.emit('site', { site: site.id, detonated });
      }
    } finally {
      // Duds keep the road shut until a patrol has cleared them by hand.
      if (duds.length === 0) await roadClosures.reopen(this.road);
    }
    return { fired, duds };
  }
}
