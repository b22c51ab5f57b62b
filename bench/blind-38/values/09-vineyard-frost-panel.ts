// expect: no-read-before-settle
// arm() assigns this.thresholds inside the fetchThresholds callback but reads it on the very next lines, before that callback can have run, so new blocks are never armed.
import { EventEmitter } from 'node:events';

export interface BlockThreshold {
  block: string;
  varietal: string;
  budStage: 'dormant' | 'swell' | 'budburst' | 'leaf-out' | 'flowering';
  criticalC: number;
  warningC: number;
}

export interface FrostReading {
  block: string;
  airTempC: number;
  dewPointC: number;
  at: number;
}

export interface ArmSummary {
  armed: string[];
  unknown: string[];
}

type ThresholdCallback = (err: Error | null, rows: BlockThreshold[]) => void;

declare const thresholdStore: { fetchThresholds(blocks: string[], cb: ThresholdCallback): void };
declare const weatherMast: EventEmitter;

export class FrostPanel extends EventEmitter {
  private thresholds = new Map<string, BlockThreshold>();
  private armedBlocks = new Set<string>();

  private readonly onReading = (reading: FrostReading): void => {
    if (!this.armedBlocks.has(reading.block)) return;
    const t = this.thresholds.get(reading.block);
    if (!t) return;
    const wetBulbRisk = reading.dewPointC < t.criticalC ? 0.5 : 0;
    if (reading.airTempC - wetBulbRisk <= t.criticalC) {
      this.emit('alarm', { level: 'critical', block: reading.block, airTempC: reading.airTempC, at: reading.at });
    } else if (reading.airTempC <= t.warningC) {
      this.emit('alarm', { level: 'warning', block: reading.block, airTempC: reading.airTempC, at: reading.at });
    }
  };

  arm(blocks: string[]): ArmSummary {
    thresholdStore.fetchThresholds(blocks, (err, rows) => {
      if (err) {
        this.emit('fault', err);
        return;
      }
      this.thresholds = new Map(rows.map((row) => [row.block, row]));
    });

    const armed = blocks.filter((b) => this.thresholds.has(b));
    const unknown = blocks.filter((b) => !this.thresholds.has(b));
    for (const block of armed) this.armedBlocks.add(block);
    if (armed.length > 0) {
      weatherMast.off('reading', this.onReading);
      weatherMast.on('reading', this.onReading);
      this.emit('armed', armed);
    }
    return { armed, unknown };
  }

  disarm(): void {
    weatherMast.off('reading', this.onReading);
    this.armedBlocks.clear();
  }

  describe(): string[] {
    return [...this.armedBlocks].map((block) => {
      const t = this.thresholds.get(block);
      return t ? `${block} (${t.varietal}, ${t.budStage}): warn ${t.warningC}°C, critical ${t.criticalC}°C` : `${block}: no threshold`;
    });
  }
}
