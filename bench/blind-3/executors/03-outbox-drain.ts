// expect: none
// The cursor's success handler runs once per record but only resolves when the cursor is exhausted (null), and the transaction's error/abort rejects, so the full outbox is returned exactly once.
export interface QueuedMutation {
  id: number;
  entity: 'task' | 'comment' | 'attachment';
  op: 'create' | 'update' | 'delete';
  payload: Record<string, unknown>;
  queuedAt: number;
  attempts: number;
}

const DB_NAME = 'offline-outbox';
const STORE = 'mutations';

export function openOutbox(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 3);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true }).createIndex('queuedAt', 'queuedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('outbox upgrade blocked by another open tab'));
  });
}

export function readPendingMutations(db: IDBDatabase, maxAttempts = 5): Promise<QueuedMutation[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readonly');
    const pending: QueuedMutation[] = [];
    const req = tx.objectStore(STORE).index('queuedAt').openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) {
        resolve(pending);
        return;
      }
      const mutation = cursor.value as QueuedMutation;
      if (mutation.attempts < maxAttempts) pending.push(mutation);
      cursor.continue();
    };
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('outbox read aborted'));
  });
}

export async function drainOutbox(send: (m: QueuedMutation) => Promise<void>): Promise<number> {
  const db = await openOutbox();
  try {
    const pending = await readPendingMutations(db);
    let sent = 0;
    for (const mutation of pending) {
      await send(mutation);
      sent++;
    }
    return sent;
  } finally {
    db.close();
  }
}
