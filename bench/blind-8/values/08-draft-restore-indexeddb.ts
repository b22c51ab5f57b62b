// expect: no-read-before-settle
// `restored` is assigned in the IDBRequest onsuccess handler, which fires on a later task, but it is checked synchronously right after `store.get()`, so a saved draft is never restored and the editor always starts from the empty template.
interface Draft {
  docId: string;
  html: string;
  savedAt: number;
}

const DB_NAME = 'composer';
const STORE = 'drafts';

function openDraftDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) {
        req.result.createObjectStore(STORE, { keyPath: 'docId' });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('draft database upgrade blocked by another tab'));
  });
}

export class DraftComposer {
  private db?: IDBDatabase;
  private saveTimer?: number;

  constructor(
    private readonly editor: HTMLElement,
    private readonly docId: string,
    private readonly template: string,
  ) {}

  async mount(): Promise<void> {
    this.db = await openDraftDb();

    const store = this.db.transaction(STORE, 'readonly').objectStore(STORE);
    const request = store.get(this.docId);
    let restored: Draft | undefined;
    request.onsuccess = () => {
      restored = request.result as Draft | undefined;
    };
    request.onerror = () => console.warn('could not read draft', request.error);

    const maxAgeMs = 7 * 24 * 60 * 60 * 1000;
    if (restored && Date.now() - restored.savedAt < maxAgeMs) {
      this.editor.innerHTML = restored.html;
      this.editor.dataset.restored = new Date(restored.savedAt).toLocaleString();
    } else {
      this.editor.innerHTML = this.template;
    }

    this.editor.addEventListener('input', () => this.scheduleSave());
  }

  private scheduleSave(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      if (!this.db) return;
      const tx = this.db.transaction(STORE, 'readwrite');
      const draft: Draft = { docId: this.docId, html: this.editor.innerHTML, savedAt: Date.now() };
      tx.objectStore(STORE).put(draft);
      tx.onerror = () => console.warn('draft save failed', tx.error);
    }, 800);
  }
}
