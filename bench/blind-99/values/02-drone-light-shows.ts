// expect: no-promise-as-value
// loadPalette is async but its result is put into the manifest object unawaited, so JSON.stringify serialises the palette as {} and every drone in the show receives an empty colour table.
import { writeFile } from 'node:fs/promises';

export interface Formation {
  name: string;
  startSec: number;
  durationSec: number;
  positions: Array<[number, number, number]>;
}

export interface ShowManifest {
  showId: string;
  venue: string;
  drones: number;
  formations: Formation[];
  palette: Record<string, string>;
  generatedAt: string;
}

export interface PaletteService {
  fetchPalette(showId: string): Promise<Record<string, string>>;
}

export class ManifestBuilder {
  constructor(private readonly palettes: PaletteService, private readonly outDir: string) {}

  private async loadPalette(showId: string): Promise<Record<string, string>> {
    const palette = await this.palettes.fetchPalette(showId);
    for (const [name, hex] of Object.entries(palette)) {
      if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`palette ${name} has invalid colour ${hex}`);
    }
    return palette;
  }

  validate(formations: Formation[], drones: number): void {
    let lastEnd = 0;
    for (const f of formations) {
      if (f.positions.length > drones) throw new Error(`${f.name} needs ${f.positions.length} drones, only ${drones} booked`);
      if (f.startSec < lastEnd) throw new Error(`${f.name} overlaps the previous formation`);
      lastEnd = f.startSec + f.durationSec;
    }
  }

  async write(showId: string, venue: string, drones: number, formations: Formation[]): Promise<string> {
    this.validate(formations, drones);
    const manifest = {
      showId,
      venue,
      drones,
      formations,
      palette: this.loadPalette(showId),
      generatedAt: new Date().toISOString(),
    };
    const file = `${this.outDir}/${showId}.manifest.json`;
    await writeFile(file, JSON.stringify(manifest, null, 2));
    return file;
  }
}
