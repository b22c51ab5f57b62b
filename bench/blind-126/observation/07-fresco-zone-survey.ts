// expect: no-floating-promises
// The async forEach callback's promises are dropped, so surveyWall builds the map before any zone has been sampled and probe failures turn into unhandled rejections.
export interface WallZone {
  id: string;
  row: number;
  col: number;
  pigment: 'lime' | 'ochre' | 'azurite' | 'malachite';
}

export interface ZoneSample {
  zoneId: string;
  relativeHumidity: number;
  surfaceC: number;
  saltEfflorescence: boolean;
}

export interface ContactProbe {
  sample(zoneId: string): Promise<ZoneSample>;
}

export interface HumidityMap {
  wall: string;
  cells: Map<string, ZoneSample>;
  wettest?: ZoneSample;
  flagged: string[];
}

const AZURITE_LIMIT_RH = 65;
const DEFAULT_LIMIT_RH = 75;

function limitFor(zone: WallZone): number {
  return zone.pigment === 'azurite' ? AZURITE_LIMIT_RH : DEFAULT_LIMIT_RH;
}

export class FrescoSurvey {
  constructor(
    private readonly probe: ContactProbe,
    private readonly settleMs = 0,
  ) {}

  async surveyWall(wall: string, zones: WallZone[]): Promise<HumidityMap> {
    const cells = new Map<string, ZoneSample>();
    const flagged: string[] = [];

    zones.forEach(async (zone) => {
      const sample = await this.probe.sample(zone.id);
      cells.set(zone.id, sample);
      if (sample.relativeHumidity > limitFor(zone) || sample.saltEfflorescence) {
        flagged.push(zone.id);
      }
    });

    let wettest: ZoneSample | undefined;
    for (const sample of cells.values()) {
      if (!wettest || sample.relativeHumidity > wettest.relativeHumidity) wettest = sample;
    }
    return { wall, cells, wettest, flagged };
  }

  render(map: HumidityMap, zones: WallZone[]): string {
    const rows = Math.max(0, ...zones.map((z) => z.row)) + 1;
    const cols = Math.max(0, ...zones.map((z) => z.col)) + 1;
    const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ' .'));
    for (const zone of zones) {
      const sample = map.cells.get(zone.id);
      if (!sample) continue;
      const rh = Math.round(sample.relativeHumidity);
      grid[zone.row][zone.col] = map.flagged.includes(zone.id) ? `!${rh}` : String(rh).padStart(2, ' ');
    }
    return `${map.wall} (settle ${this.settleMs} ms)\n` + grid.map((r) => r.join(' ')).join('\n');
  }
}
