// expect: no-read-before-settle
// inspectAnchor hands the load-cell log to fs.readFile with a callback and then computes the peak from samples synchronously, before the callback has filled them in, so every anchor looks unloaded.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface Anchor {
  id: string;
  kind: 'steel-stake' | 'screw-anchor' | 'water-ballast';
  ratedKN: number;
  guyLine: string;
}

export interface AnchorVerdict {
  anchorId: string;
  peakKN: number;
  utilisation: number;
  action: 'ok' | 'restake' | 'add-ballast';
}

function parseLog(text: string): number[] {
  return text
    .split('\n')
    .map((line) => line.split(',')[1])
    .filter((v): v is string => v !== undefined && v.trim() !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n));
}

export class StakeInspector {
  constructor(
    private readonly logDir: string,
    private readonly onError: (err: Error) => void,
    private readonly warnAt = 0.8,
  ) {}

  inspectAnchor(anchor: Anchor): AnchorVerdict {
    let samples: number[] = [];
    readFile(join(this.logDir, `${anchor.id}.csv`), 'utf8', (err, text) => {
      if (err) {
        this.onError(err);
        return;
      }
      samples = parseLog(text);
    });

    const peakKN = samples.length > 0 ? Math.max(...samples) : 0;
    const utilisation = peakKN / anchor.ratedKN;
    let action: AnchorVerdict['action'] = 'ok';
    if (utilisation >= this.warnAt) {
      action = anchor.kind === 'water-ballast' ? 'add-ballast' : 'restake';
    }
    return { anchorId: anchor.id, peakKN, utilisation: Math.round(utilisation * 100) / 100, action };
  }

  walkRound(anchors: Anchor[]): AnchorVerdict[] {
    return anchors.map((a) => this.inspectAnchor(a)).sort((a, b) => b.utilisation - a.utilisation);
  }
}

export function crewChecklist(verdicts: AnchorVerdict[]): string[] {
  return verdicts
    .filter((v) => v.action !== 'ok')
    .map((v) => `${v.anchorId}: ${v.action} (peak ${v.peakKN.toFixed(1)} kN, ${Math.round(v.utilisation * 100)}% of rating)`);
}
