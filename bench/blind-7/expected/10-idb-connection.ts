// expect: none
// The cached open() promise is meant to be shared: every caller awaits the one connection, and a failed open is dropped so the next call reopens.
export interface OutboxItem {
  id: string;
  url: string;
  body: string;
  queuedAt: number;
}

const DB_NAME = 'offline-outbox';
const DB_VERSION = 3;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('outbox')) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => reject(new Error(`${DB_NAME} upgrade blocked by another tab`));
  });
}

function requestToPromise<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class Outbox {
  private dbPromise: Promise<IDBDatabase> | null = null;

  private connection(): Promise<IDBDatabase> {
    if (!this.dbPromise) {
      const opening = openDatabase();
      this.dbPromise = opening;
      opening.then(
        (db) => {
          db.onversionchange = () => {
            db.close();
            this.dbPromise = null;
          };
        },
        () => {
          if (this.dbPromise === opening) this.dbPromise = null;
        },
      );
    }
    return this.dbPromise;
  }

  async enqueue(items: OutboxItem[]): Promise<void> {
    for (const item of items) {
      const db = await this.connection();
      const tx = db.transaction('outbox', 'readwrite');
      await requestToPromise(tx.objectStore('outbox').put(item));
    }
  }

  async drain(send: (item: OutboxItem) => Promise<boolean>): Promise<number> {
    const db = await this.connection();
    const pending = await requestToPromise(
      db.transaction('outbox', 'readonly').objectStore('outbox').index('queuedAt').getAll() as IDBRequest<OutboxItem[]>,
    );
    let sent = 0;
    for (const item of pending) {
      if (!(await send(item))) break;
      await requestToPromise((await this.connection()).transaction('outbox', 'readwrite').objectStore('outbox').delete(item.id));
      sent++;
    }
    return sent;
  }
}
