// expect: no-uncalled-async-function
// prepareStudio returns this.syncBlueprints instead of this.syncBlueprints(), so callers awaiting it never actually sync the carving blueprints.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Blueprint {
  poleId: string;
  figures: Array<{ crest: string; heightCm: number; carver: string }>;
  cedarLogId: string;
  revision: number;
}

export interface StudioConfig {
  studioId: string;
  workDir: string;
  carvers: string[];
}

declare const archive: {
  listBlueprints(studioId: string): Promise<Array<{ poleId: string; revision: number }>>;
  getBlueprint(poleId: string): Promise<Blueprint>;
};

declare const log: {
  info(msg: string, meta?: object): void;
};

export class CarvingStudio {
  private readonly blueprintDir: string;
  private readonly chipDir: string;

  constructor(private readonly config: StudioConfig) {
    this.blueprintDir = path.join(config.workDir, 'blueprints');
    this.chipDir = path.join(config.workDir, 'chip-logs');
  }

  private async ensureDirs(): Promise<void> {
    await mkdir(this.blueprintDir, { recursive: true });
    await mkdir(this.chipDir, { recursive: true });
  }

  private async localRevisions(): Promise<Map<string, number>> {
    const revisions = new Map<string, number>();
    for (const file of await readdir(this.blueprintDir)) {
      const m = /^(.+)\.r(\d+)\.json$/.exec(file);
      if (m) revisions.set(m[1], Math.max(Number(m[2]), revisions.get(m[1]) ?? 0));
    }
    return revisions;
  }

  async syncBlueprints(): Promise<number> {
    const local = await this.localRevisions();
    const remote = await archive.listBlueprints(this.config.studioId);
    let fetched = 0;
    for (const { poleId, revision } of remote) {
      if ((local.get(poleId) ?? -1) >= revision) continue;
      const bp = await archive.getBlueprint(poleId);
      await writeFile(
        path.join(this.blueprintDir, `${poleId}.r${bp.revision}.json`),
        JSON.stringify(bp, null, 2),
      );
      fetched++;
    }
    log.info('blueprints synced', { studioId: this.config.studioId, fetched });
    return fetched;
  }

  async prepareStudio() {
    await this.ensureDirs();
    log.info('studio directories ready', { studioId: this.config.studioId });
    return this.syncBlueprints;
  }

  assignFigures(bp: Blueprint): Map<string, string[]> {
    const byCarver = new Map<string, string[]>(this.config.carvers.map((c) => [c, []]));
    for (const fig of bp.figures) {
      const carver = byCarver.has(fig.carver) ? fig.carver : this.leastLoaded(byCarver);
      byCarver.get(carver)!.push(fig.crest);
    }
    return byCarver;
  }

  private leastLoaded(byCarver: Map<string, string[]>): string {
    let best = this.config.carvers[0];
    for (const [carver, crests] of byCarver) {
      if (crests.length < (byCarver.get(best)?.length ?? Infinity)) best = carver;
    }
    return best;
  }
}

export async function openStudios(configs: StudioConfig[]): Promise<CarvingStudio[]> {
  const studios = configs.map((c) => new CarvingStudio(c));
  for (const studio of studios) {
    await studio.prepareStudio();
  }
  return studios;
}
