// expect: no-promise-as-value
// finishBatch puts textureProbe.measure(...) (a promise) straight into the published event payload, so subscribers receive `texture: {}` after JSON serialization.
export interface PearlBatch {
  batchId: string;
  cookerId: string;
  style: 'classic' | 'black-sugar' | 'mini';
  litres: number;
  startedAt: number;
}

export interface TextureReading {
  chewiness: number;
  coreOpacityPct: number;
  surfaceStickiness: number;
}

declare const textureProbe: {
  measure(cookerId: string, samples: number): Promise<TextureReading>;
};

declare const kitchenBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const cookerControl: {
  drain(cookerId: string): Promise<void>;
  soakInSyrup(cookerId: string, syrup: 'brown-sugar' | 'honey', minutes: number): Promise<void>;
};

const HOLD_MINUTES: Record<PearlBatch['style'], number> = {
  classic: 240,
  'black-sugar': 180,
  mini: 120,
};

function discardAt(batch: PearlBatch, finishedAt: number): string {
  return new Date(finishedAt + HOLD_MINUTES[batch.style] * 60_000).toISOString();
}

export class PearlBatchFinisher {
  private readonly finished = new Set<string>();

  async finishBatch(batch: PearlBatch): Promise<void> {
    if (this.finished.has(batch.batchId)) {
      throw new Error(`batch ${batch.batchId} was already finished`);
    }
    await cookerControl.drain(batch.cookerId);
    if (batch.style === 'black-sugar') {
      await cookerControl.soakInSyrup(batch.cookerId, 'brown-sugar', 15);
    }

    const finishedAt = Date.now();
    const samples = Math.max(3, Math.round(batch.litres / 4));
    await kitchenBus.publish('pearls.batch-ready', {
      batchId: batch.batchId,
      cookerId: batch.cookerId,
      style: batch.style,
      cookMinutes: Math.round((finishedAt - batch.startedAt) / 60_000),
      texture: textureProbe.measure(batch.cookerId, samples),
      discardAt: discardAt(batch, finishedAt),
    });
    this.finished.add(batch.batchId);
  }

  async finishAll(batches: readonly PearlBatch[]): Promise<string[]> {
    const done: string[] = [];
    for (const batch of batches) {
      await this.finishBatch(batch);
      done.push(batch.batchId);
    }
    return done;
  }
}
