// expect: no-promise-as-value
// kiln.isIdle() is async, so `!kiln.isIdle()` is always false and the busy-kiln guard never fires, letting a batch be dispatched into a kiln that is mid-firing.
export interface TileBatch {
  id: string;
  glaze: 'celadon' | 'tenmoku' | 'shino' | 'majolica';
  coneTarget: number;
  tiles: number;
}

export interface KilnDevice {
  readonly id: string;
  readonly maxCone: number;
  readonly shelfCapacity: number;
  isIdle(): Promise<boolean>;
  load(batch: TileBatch): Promise<void>;
  startProgram(cone: number, holdMin: number): Promise<{ programId: string }>;
}

export class KilnBusyError extends Error {
  constructor(kilnId: string) {
    super(`kiln ${kilnId} is still firing`);
    this.name = 'KilnBusyError';
  }
}

export interface Dispatch {
  batchId: string;
  kilnId: string;
  programId: string;
}

function holdFor(glaze: TileBatch['glaze']): number {
  switch (glaze) {
    case 'celadon':
      return 20;
    case 'tenmoku':
      return 15;
    case 'shino':
      return 30;
    case 'majolica':
      return 10;
  }
}

export async function dispatchBatch(kiln: KilnDevice, batch: TileBatch): Promise<Dispatch> {
  if (batch.coneTarget > kiln.maxCone) {
    throw new RangeError(`kiln ${kiln.id} cannot reach cone ${batch.coneTarget}`);
  }
  if (batch.tiles > kiln.shelfCapacity) {
    throw new RangeError(`batch ${batch.id} has ${batch.tiles} tiles, kiln holds ${kiln.shelfCapacity}`);
  }
  if (!kiln.isIdle()) {
    throw new KilnBusyError(kiln.id);
  }

  await kiln.load(batch);
  const { programId } = await kiln.startProgram(batch.coneTarget, holdFor(batch.glaze));
  return { batchId: batch.id, kilnId: kiln.id, programId };
}

export async function dispatchQueue(kilns: KilnDevice[], queue: TileBatch[]): Promise<Dispatch[]> {
  const dispatched: Dispatch[] = [];
  const pending = [...queue].sort((a, b) => b.coneTarget - a.coneTarget);
  for (const kiln of kilns) {
    const idx = pending.findIndex((b) => b.coneTarget <= kiln.maxCone && b.tiles <= kiln.shelfCapacity);
    if (idx === -1) continue;
    try {
      dispatched.push(await dispatchBatch(kiln, pending[idx]));
      pending.splice(idx, 1);
    } catch (err) {
      if (!(err instanceof KilnBusyError)) throw err;
    }
  }
  return dispatched;
}
