// expect: no-swallowed-abort
// fetchBatch catches everything, including the AbortError raised on shutdown, and returns an empty batch as if the broker simply had no records.
import { EventEmitter } from 'node:events';

export interface BrokerRecord {
  offset: bigint;
  key: Buffer | null;
  value: Buffer;
  timestamp: number;
  headers: Record<string, string>;
}

declare const broker: {
  fetch(req: {
    topic: string;
    partition: number;
    offset: bigint;
    maxBytes: number;
    maxWaitMs: number;
    signal?: AbortSignal;
  }): Promise<{ records: BrokerRecord[]; highWatermark: bigint }>;
  commitOffset(req: { group: string; topic: string; partition: number; offset: bigint; signal?: AbortSignal }): Promise<void>;
};

export type RecordHandler = (record: BrokerRecord, signal: AbortSignal) => Promise<void>;

export interface ConsumerConfig {
  group: string;
  topic: string;
  partition: number;
  startOffset: bigint;
  maxBytes?: number;
  maxWaitMs?: number;
}

export class PartitionConsumer extends EventEmitter {
  private position: bigint;
  private committed: bigint;

  constructor(private readonly config: ConsumerConfig) {
    super();
    this.position = config.startOffset;
    this.committed = config.startOffset;
  }

  get lag(): bigint {
    return this.position - this.committed;
  }

  private async fetchBatch(signal: AbortSignal): Promise<BrokerRecord[]> {
    try {
      const { records, highWatermark } = await broker.fetch({
        topic: this.config.topic,
        partition: this.config.partition,
        offset: this.position,
        maxBytes: this.config.maxBytes ?? 1 << 20,
        maxWaitMs: this.config.maxWaitMs ?? 5_000,
        signal,
      });
      this.emit('fetched', { count: records.length, highWatermark });
      return records;
    } catch (err) {
      this.emit('fetchError', err);
      return [];
    }
  }

  private async commit(signal: AbortSignal): Promise<void> {
    if (this.position === this.committed) return;
    await broker.commitOffset({
      group: this.config.group,
      topic: this.config.topic,
      partition: this.config.partition,
      offset: this.position,
      signal,
    });
    this.committed = this.position;
    this.emit('committed', this.committed);
  }

  async run(handler: RecordHandler, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const batch = await this.fetchBatch(signal);
      if (batch.length === 0) continue;

      for (const record of batch) {
        await handler(record, signal);
        this.position = record.offset + 1n;
      }
      await this.commit(signal);
    }
  }
}
