// expect: none
// The kiln availability check and the firing-profile comparison both await the async calls first, so the if and === test real booleans and strings rather than always-truthy promises.
export type GlassKind = 'cathedral' | 'opalescent' | 'flashed-ruby';

export interface Panel {
  commissionId: string;
  panelNo: number;
  glass: GlassKind;
  paintedWithVitreous: boolean;
}

export interface Kiln {
  readonly id: string;
  isAvailable(): Promise<boolean>;
  loadedProfile(): Promise<string>;
  loadProfile(profile: string): Promise<void>;
  fire(panels: readonly Panel[]): Promise<{ peakC: number; minutes: number }>;
}

export interface FiringLog {
  kilnId: string;
  profile: string;
  panels: string[];
  peakC: number;
}

function profileFor(panel: Panel): string {
  if (panel.paintedWithVitreous) return 'tracing-677C';
  return panel.glass === 'flashed-ruby' ? 'silver-stain-580C' : 'tack-fuse-720C';
}

export class FiringScheduler {
  private readonly queue: Panel[] = [];

  constructor(private readonly kilns: readonly Kiln[]) {}

  enqueue(panel: Panel): void {
    this.queue.push(panel);
  }

  async fireNextBatch(): Promise<FiringLog | null> {
    const first = this.queue[0];
    if (!first) return null;
    const profile = profileFor(first);
    const batch = this.queue.filter((p) => profileFor(p) === profile).slice(0, 6);

    for (const kiln of this.kilns) {
      if (!(await kiln.isAvailable())) continue;

      const current = await kiln.loadedProfile();
      if (current !== profile) {
        await kiln.loadProfile(profile);
      }

      const result = await kiln.fire(batch);
      for (const panel of batch) {
        this.queue.splice(this.queue.indexOf(panel), 1);
      }
      return {
        kilnId: kiln.id,
        profile,
        panels: batch.map((p) => `${p.commissionId}#${p.panelNo}`),
        peakC: result.peakC,
      };
    }
    return null;
  }
}
