// expect: no-read-before-settle
// reloadLayout() starts a callback-style readFile and then immediately reads this.stalls, so it reports and emits the old stall count; the freshly parsed layout only lands after the method has returned.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface Stall {
  id: string;
  vendor: string;
  row: string;
  sellsLanterns: boolean;
  nearWater: boolean;
}

function parseLayout(text: string): Stall[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [id, vendor, row, lanterns, water] = line.split('|').map((s) => s.trim());
      return { id, vendor, row, sellsLanterns: lanterns === 'yes', nearWater: water === 'yes' };
    });
}

export class StallLayout extends EventEmitter {
  private stalls: Stall[] = [];

  constructor(private readonly layoutPath: string) {
    super();
  }

  reloadLayout(): number {
    readFile(this.layoutPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this.stalls = parseLayout(text);
    });
    const count = this.stalls.length;
    this.emit('reloaded', count);
    return count;
  }

  byRow(row: string): Stall[] {
    return this.stalls.filter((s) => s.row === row);
  }

  lanternVendorsNearWater(): Stall[] {
    return this.stalls.filter((s) => s.sellsLanterns && s.nearWater);
  }
}
