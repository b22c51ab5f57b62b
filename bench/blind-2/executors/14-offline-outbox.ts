// expect: no-multiple-settle
// resolve() runs on every cursor step, not only when the cursor is exhausted, so the promise settles on the first record: each flush sends just the first queued mutation and the remaining ones silently wait for later cycles.
export interface PendingMutation {
  id: number;
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  attempts: number;
}

const MAX_ATTEMPTS = 5;

export function loadPendingMutations(db: IDBDatabase, limit = 100): Promise<PendingMutation[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('outbox', 'readonly');
    const req = tx.objectStore('outbox').index('byCreatedAt').openCursor();
    const batch: PendingMutation[] = [];

    req.onerror = () => reject(req.error ?? new Error('outbox cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && batch.length < limit) {
        const mutation = cursor.value as PendingMutation;
        if (mutation.attempts < MAX_ATTEMPTS) batch.push(mutation);
        cursor.continue();
      }
      resolve(batch.slice());
    };
  });
}

export async function flushOutbox(db: IDBDatabase, apiBase: string): Promise<{ sent: number; failed: number }> {
  const batch = await loadPendingMutations(db);
  let sent = 0;
  let failed = 0;
  for (const m of batch) {
    const res = await fetch(new URL(m.path, apiBase), {
      method: m.method,
      headers: { 'content-type': 'application/json', 'idempotency-key': `outbox-${m.id}` },
      body: m.body === undefined ? undefined : JSON.stringify(m.body),
    });
    const tx = db.transaction('outbox', 'readwrite');
    const store = tx.objectStore('outbox');
    if (res.ok) {
      store.delete(m.id);
      sent++;
    } else {
      store.put({ ...m, attempts: m.attempts + 1 });
      failed++;
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('outbox update aborted'));
    });
  }
  return { sent, failed };
}
