// expect: none
// Every rig load and unload started here is either awaited through Promise.all or has a catch attached at the point it is created, so no promise is left floating.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ArmatureJoint {
  name: string;
  parent: string | null;
  restAngleDeg: number;
  stiffness: number;
}

export interface PuppetRig {
  puppetId: string;
  joints: ArmatureJoint[];
  replacementFaces: string[];
}

export interface RigGpuUploader {
  upload(rig: PuppetRig): Promise<number>;
  release(handle: number): Promise<void>;
}

export class PuppetRigCache {
  private readonly handles = new Map<string, number>();
  private readonly warming = new Set<string>();
  private warmFailures = 0;

  constructor(
    private readonly rigDir: string,
    private readonly gpu: RigGpuUploader,
  ) {}

  private async loadRig(puppetId: string): Promise<PuppetRig> {
    const raw = await readFile(join(this.rigDir, `${puppetId}.rig.json`), 'utf8');
    const rig = JSON.parse(raw) as PuppetRig;
    if (rig.puppetId !== puppetId) {
      throw new Error(`Rig file for ${puppetId} declares ${rig.puppetId}`);
    }
    return rig;
  }

  async ensureLoaded(puppetId: string): Promise<number> {
    const existing = this.handles.get(puppetId);
    if (existing !== undefined) return existing;
    const handle = await this.gpu.upload(await this.loadRig(puppetId));
    this.handles.set(puppetId, handle);
    return handle;
  }

  async prepareShot(puppetIds: string[]): Promise<number[]> {
    return Promise.all(puppetIds.map((id) => this.ensureLoaded(id)));
  }

  warmInBackground(puppetIds: string[]): void {
    for (const id of puppetIds) {
      if (this.handles.has(id) || this.warming.has(id)) continue;
      this.warming.add(id);
      this.ensureLoaded(id)
        .finally(() => this.warming.delete(id))
        .catch(() => {
          this.warmFailures++;
        });
    }
  }

  async releaseAll(): Promise<void> {
    const entries = [...this.handles.entries()];
    this.handles.clear();
    await Promise.all(entries.map(([, handle]) => this.gpu.release(handle)));
  }

  stats(): { loaded: number; warming: number; warmFailures: number } {
    return { loaded: this.handles.size, warming: this.warming.size, warmFailures: this.warmFailures };
  }
}
