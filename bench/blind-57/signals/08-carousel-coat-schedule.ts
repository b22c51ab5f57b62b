// expect: require-signal-propagation
// Bug: applyCoats accepts options.signal but never checks or forwards it, so cancelling a restoration still sprays and cures every remaining coat.
import { EventEmitter } from 'node:events';

declare const sprayBooth: {
  spray(horseId: string, coat: CoatSpec): Promise<{ microns: number }>;
  cure(horseId: string, minutes: number): Promise<void>;
};

export interface CoatSpec {
  layer: 'primer' | 'base' | 'detail' | 'gold-leaf' | 'clear';
  colour: string;
  targetMicrons: number;
}

export interface CoatOptions {
  signal?: AbortSignal;
  cureMinutes?: Partial<Record<CoatSpec['layer'], number>>;
}

export interface CoatReport {
  horseId: string;
  applied: Array<{ layer: CoatSpec['layer']; microns: number }>;
  underweight: CoatSpec['layer'][];
}

const DEFAULT_CURE: Record<CoatSpec['layer'], number> = {
  primer: 45,
  base: 60,
  detail: 30,
  'gold-leaf': 20,
  clear: 120,
};

export class CoatScheduler extends EventEmitter {
  constructor(private readonly painterId: string) {
    super();
  }

  async applyCoats(horseId: string, coats: CoatSpec[], options: CoatOptions = {}): Promise<CoatReport> {
    const { cureMinutes = {} } = options;
    const report: CoatReport = { horseId, applied: [], underweight: [] };

    for (const coat of coats) {
      this.emit('coat:start', { painterId: this.painterId, horseId, layer: coat.layer });
      const { microns } = await sprayBooth.spray(horseId, coat);
      report.applied.push({ layer: coat.layer, microns });
      if (microns < coat.targetMicrons * 0.85) {
        report.underweight.push(coat.layer);
      }
      const minutes = cureMinutes[coat.layer] ?? DEFAULT_CURE[coat.layer];
      await sprayBooth.cure(horseId, minutes);
      this.emit('coat:cured', { horseId, layer: coat.layer, minutes });
    }

    if (report.underweight.length > 0) {
      this.emit('touch-up', { horseId, layers: report.underweight, painterId: this.painterId });
    }
    return report;
  }
}

export function standardCoats(colour: string, gilded: boolean): CoatSpec[] {
  const coats: CoatSpec[] = [
    { layer: 'primer', colour: 'grey', targetMicrons: 40 },
    { layer: 'base', colour, targetMicrons: 60 },
    { layer: 'detail', colour: 'black', targetMicrons: 25 },
  ];
  if (gilded) coats.push({ layer: 'gold-leaf', colour: '23ct', targetMicrons: 1 });
  coats.push({ layer: 'clear', colour: 'none', targetMicrons: 80 });
  return coats;
}
