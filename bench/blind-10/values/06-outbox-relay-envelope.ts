// expect: no-promise-as-value
// sha256Hex is async, so the envelope's checksum field holds a pending Promise that JSON.stringify serializes as {}, and every consumer rejects the message as corrupted.
declare const sqs: {
  sendMessage(
    input: { QueueUrl: string; MessageBody: string; MessageGroupId?: string; MessageDeduplicationId?: string },
    options?: { abortSignal?: AbortSignal },
  ): Promise<{ MessageId?: string }>;
};
declare const db: {
  claimOutbox(limit: number, lockedBy: string): Promise<OutboxRow[]>;
  markPublished(id: string, messageId: string | undefined): Promise<void>;
  markFailed(id: string, error: string, attempts: number): Promise<void>;
};

interface OutboxRow {
  id: string;
  aggregateId: string;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class OutboxRelay {
  constructor(
    private readonly queueUrl: string,
    private readonly workerId: string,
    private readonly batchSize = 25,
  ) {}

  async drainOnce(): Promise<{ published: number; failed: number }> {
    const rows = await db.claimOutbox(this.batchSize, this.workerId);
    let published = 0;
    let failed = 0;

    for (const row of rows) {
      const data = JSON.stringify(row.payload);
      const envelope = {
        id: row.id,
        type: row.eventType,
        source: `orders/${row.aggregateId}`,
        occurredAt: row.createdAt.toISOString(),
        data,
        checksum: sha256Hex(data),
      };

      try {
        const out = await sqs.sendMessage({
          QueueUrl: this.queueUrl,
          MessageBody: JSON.stringify(envelope),
          MessageGroupId: row.aggregateId,
          MessageDeduplicationId: row.id,
        });
        await db.markPublished(row.id, out.MessageId);
        published++;
      } catch (err) {
        failed++;
        const message = err instanceof Error ? err.message : String(err);
        console.error(`[outbox] ${row.eventType} ${row.id} attempt ${row.attempts + 1} failed: ${message}`);
        await db.markFailed(row.id, message, row.attempts + 1);
      }
    }

    if (rows.length) console.info(`[outbox] ${this.workerId}: published=${published} failed=${failed}`);
    return { published, failed };
  }
}
