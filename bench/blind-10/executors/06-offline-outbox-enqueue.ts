// expect: no-multiple-settle
// When the outbox is full the count handler calls tx.abort() with no request pending, which fires only the transaction's 'abort' event (no 'error'), and a quota failure at commit also only aborts; the promise listens for complete/error only, so enqueueMutation() never settles and the caller never shows the "outbox full" message.
export interface PendingMutation {
  idempotencyKey: string;
  endpoint: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body: unknown;
  createdAt: number;
}

export class OutboxFullError extends Error {
  constructor(readonly size: number) {
    super(`offline outbox is full (${size} pending changes)`);
    this.name = 'OutboxFullError';
  }
}

const OUTBOX = 'outbox';
const MAX_PENDING = 500;

export function enqueueMutation(db: IDBDatabase, mutation: PendingMutation): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const tx = db.transaction(OUTBOX, 'readwrite');
    const store = tx.objectStore(OUTBOX);
    let failure: Error | null = null;
    let queuedCount = 0;

    const countReq = store.count();
    countReq.onsuccess = () => {
      queuedCount = countReq.result;
      if (queuedCount >= MAX_PENDING) {
        failure = new OutboxFullError(queuedCount);
        tx.abort();
        return;
      }
      const putReq = store.put(mutation, mutation.idempotencyKey);
      putReq.onsuccess = () => {
        queuedCount += 1;
      };
    };

    tx.oncomplete = () => resolve(queuedCount);
    tx.onerror = () => {
      reject(failure ?? tx.error ?? new Error(`failed to queue ${mutation.method} ${mutation.endpoint}`));
    };
  });
}

declare function showToast(message: string, kind: 'info' | 'warning' | 'error'): void;

export async function saveDraftOffline(db: IDBDatabase, docId: string, patch: object): Promise<void> {
  const mutation: PendingMutation = {
    idempotencyKey: crypto.randomUUID(),
    endpoint: `/api/docs/${encodeURIComponent(docId)}`,
    method: 'PATCH',
    body: patch,
    createdAt: Date.now(),
  };
  try {
    const pending = await enqueueMutation(db, mutation);
    showToast(`Saved offline — ${pending} change(s) will sync when you reconnect`, 'info');
  } catch (err) {
    if (err instanceof OutboxFullError) {
      showToast('Too many unsynced changes. Reconnect to keep editing.', 'warning');
      return;
    }
    showToast('Could not save your change offline.', 'error');
    throw err;
  }
}
