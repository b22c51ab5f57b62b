// expect: no-multiple-settle
// On a cache hit the executor resolves but does not return, so it still reads and parses the diagram file and then resolves or rejects a second time, doing wasted disk work and hiding parse failures.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface CreaseLine {
  from: [number, number];
  to: [number, number];
  kind: 'mountain' | 'valley' | 'border';
}

export interface FoldDiagram {
  modelId: string;
  paperSize: number;
  creases: CreaseLine[];
}

function parseDiagram(modelId: string, raw: string): FoldDiagram {
  const data = JSON.parse(raw) as { paperSize?: number; creases?: CreaseLine[] };
  if (typeof data.paperSize !== 'number' || !Array.isArray(data.creases)) {
    throw new Error(`diagram ${modelId} is missing paperSize or creases`);
  }
  return { modelId, paperSize: data.paperSize, creases: data.creases };
}

export class DiagramLibrary {
  private readonly cache = new Map<string, FoldDiagram>();
  private loads = 0;

  constructor(private readonly rootDir: string) {}

  get diskLoads(): number {
    return this.loads;
  }

  load(modelId: string): Promise<FoldDiagram> {
    return new Promise<FoldDiagram>((resolve, reject) => {
      const cached = this.cache.get(modelId);
      if (cached) {
        resolve(cached);
      }

      const file = join(this.rootDir, `${modelId}.cp.json`);
      readFile(file, 'utf8', (err, raw) => {
        if (err) {
          reject(err);
          return;
        }
        this.loads += 1;
        try {
          const diagram = parseDiagram(modelId, raw);
          this.cache.set(modelId, diagram);
          resolve(diagram);
        } catch (parseErr) {
          reject(parseErr);
        }
      });
    });
  }

  invalidate(modelId: string): void {
    this.cache.delete(modelId);
  }
}

export async function printWorkshopHandout(library: DiagramLibrary, models: string[]): Promise<string> {
  const sections: string[] = [];
  for (const id of models) {
    const diagram = await library.load(id);
    const valleys = diagram.creases.filter((c) => c.kind === 'valley').length;
    const mountains = diagram.creases.filter((c) => c.kind === 'mountain').length;
    sections.push(`${id}: ${diagram.paperSize}cm square, ${valleys} valley / ${mountains} mountain folds`);
  }
  return sections.join('\n');
}
