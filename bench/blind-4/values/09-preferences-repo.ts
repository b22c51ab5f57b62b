// expect: no-read-before-settle
// IDBRequest.onsuccess fires asynchronously, so `stored` is still undefined when getPreferences() returns; every page load applies the defaults and the user's saved theme and locale are ignored.
export interface Preferences {
  theme: 'light' | 'dark' | 'system';
  locale: string;
  compactMode: boolean;
  notifications: { email: boolean; push: boolean };
}

const STORE = 'preferences';

const DEFAULTS: Preferences = {
  theme: 'system',
  locale: navigator.language || 'en-US',
  compactMode: false,
  notifications: { email: true, push: false },
};

export class PreferencesRepository {
  constructor(
    private readonly db: IDBDatabase,
    private readonly userId: string,
  ) {}

  getPreferences(): Preferences {
    const tx = this.db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).get(this.userId);
    let stored: Partial<Preferences> | undefined;
    req.onsuccess = () => {
      stored = req.result as Partial<Preferences> | undefined;
    };
    req.onerror = () => console.error('[prefs] read failed', req.error);
    return { ...DEFAULTS, ...stored, notifications: { ...DEFAULTS.notifications, ...stored?.notifications } };
  }

  savePreferences(prefs: Preferences): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(prefs, this.userId);
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('preferences write aborted', 'AbortError'));
    });
  }
}

export function applyPreferences(root: HTMLElement, prefs: Preferences): void {
  const dark = prefs.theme === 'dark' || (prefs.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.classList.toggle('compact', prefs.compactMode);
  root.lang = prefs.locale;
}

export function bootPreferences(db: IDBDatabase, userId: string): PreferencesRepository {
  const repo = new PreferencesRepository(db, userId);
  applyPreferences(document.documentElement, repo.getPreferences());
  return repo;
}
