// expect: none
// The export dialog's signal aborts the IndexedDB transaction and the cursor stops advancing once it fires; the promise then rejects with signal.reason, so cancelling never produces a download.
export interface Note {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
  tags: string[];
}

export interface ExportOptions {
  signal: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export function exportNotes(db: IDBDatabase, { signal, onProgress }: ExportOptions): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const tx = db.transaction('notes', 'readonly');
    const store = tx.objectStore('notes');
    const rows: string[] = [];
    let total = 0;
    let done = 0;

    const onAbort = () => {
      try {
        tx.abort();
      } catch {
        // transaction already finished; oncomplete/onerror has settled
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });

    const countReq = store.count();
    countReq.onsuccess = () => {
      total = countReq.result;
    };
    const cursorReq = store.index('updatedAt').openCursor(null, 'prev');
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor || signal.aborted) return;
      rows.push(JSON.stringify(cursor.value as Note));
      onProgress?.(++done, total);
      cursor.continue();
    };

    tx.oncomplete = () => {
      signal.removeEventListener('abort', onAbort);
      resolve(new Blob(['[\n', rows.join(',\n'), '\n]\n'], { type: 'application/json' }));
    };
    tx.onerror = () => {
      signal.removeEventListener('abort', onAbort);
      reject(tx.error ?? new Error('notes export failed'));
    };
    tx.onabort = () => {
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? signal.reason : (tx.error ?? new DOMException('Export aborted', 'AbortError')));
    };
  });
}

export async function downloadNotes(
  db: IDBDatabase,
  dialog: { signal: AbortSignal; setProgress(pct: number): void; close(): void },
): Promise<void> {
  const blob = await exportNotes(db, {
    signal: dialog.signal,
    onProgress: (done, total) => dialog.setProgress(total ? Math.round((done / total) * 100) : 0),
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `notes-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  requestAnimationFrame(() => URL.revokeObjectURL(url));
  dialog.close();
}
