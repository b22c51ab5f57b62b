// expect: none
// The in-flight schematic promise is cached with a catch handler attached immediately (which evicts the entry) and is also returned to the caller, so its rejection is always observed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface PipeSpec {
  note: string;
  register: 'bourdon' | 'flute' | 'violin' | 'trumpet';
  lengthMm: number;
  mouthWidthMm: number;
  material: 'pine' | 'pear' | 'zinc' | 'brass';
}

export interface OrganSchematic {
  model: string;
  builder: string;
  scale: number;
  pipes: PipeSpec[];
}

export interface SchematicArchive {
  fetchSchematic(model: string): Promise<OrganSchematic>;
}

export class PipeSchematicLibrary {
  private readonly inflight = new Map<string, Promise<OrganSchematic>>();

  constructor(
    private readonly archive: SchematicArchive,
    private readonly cacheDir: string,
  ) {}

  private cachePath(model: string): string {
    return join(this.cacheDir, `${model.replace(/[^\w-]/g, '_')}.json`);
  }

  private async loadFromDisk(model: string): Promise<OrganSchematic | undefined> {
    try {
      return JSON.parse(await readFile(this.cachePath(model), 'utf8')) as OrganSchematic;
    } catch {
      return undefined;
    }
  }

  private async fetchAndStore(model: string): Promise<OrganSchematic> {
    const cached = await this.loadFromDisk(model);
    if (cached) return cached;
    const schematic = await this.archive.fetchSchematic(model);
    await mkdir(this.cacheDir, { recursive: true });
    await writeFile(this.cachePath(model), JSON.stringify(schematic, null, 2));
    return schematic;
  }

  schematic(model: string): Promise<OrganSchematic> {
    const existing = this.inflight.get(model);
    if (existing) return existing;

    const request = this.fetchAndStore(model);
    this.inflight.set(model, request);
    request.catch(() => {
      if (this.inflight.get(model) === request) this.inflight.delete(model);
    });
    return request;
  }

  async pipeFor(model: string, note: string, register: PipeSpec['register']): Promise<PipeSpec> {
    const { pipes } = await this.schematic(model);
    const pipe = pipes.find((p) => p.note === note && p.register === register);
    if (!pipe) {
      throw new Error(`${model} has no ${register} pipe for ${note}`);
    }
    return pipe;
  }

  async replacementList(model: string, worn: Array<{ note: string; register: PipeSpec['register'] }>): Promise<PipeSpec[]> {
    const list: PipeSpec[] = [];
    for (const w of worn) {
      list.push(await this.pipeFor(model, w.note, w.register));
    }
    return list;
  }
}
