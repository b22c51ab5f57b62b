// expect: none
// The ternary picks between two async function references and the chosen one is then called with the key, so a real promise is awaited in both modes.
export interface Article {
  slug: string;
  title: string;
  body: string;
  fetchedAt: number;
}

type Loader = (slug: string) => Promise<Article | undefined>;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('reader', 2);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains('articles')) {
        req.result.createObjectStore('articles', { keyPath: 'slug' });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const readFromCache: Loader = async (slug) => {
  const db = await openDb();
  try {
    return await new Promise<Article | undefined>((resolve, reject) => {
      const req = db.transaction('articles', 'readonly').objectStore('articles').get(slug);
      req.onsuccess = () => resolve(req.result as Article | undefined);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
};

const fetchFromNetwork: Loader = async (slug) => {
  const res = await fetch(`/api/articles/${encodeURIComponent(slug)}`);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`article ${slug}: HTTP ${res.status}`);
  const data = (await res.json()) as Omit<Article, 'fetchedAt'>;
  return { ...data, fetchedAt: Date.now() };
};

export async function loadArticle(slug: string): Promise<Article | undefined> {
  const load: Loader = navigator.onLine ? fetchFromNetwork : readFromCache;
  try {
    return await load(slug);
  } catch (err) {
    if (load === fetchFromNetwork) {
      console.warn(`[reader] network load failed for ${slug}, trying offline copy`, err);
      return readFromCache(slug);
    }
    throw err;
  }
}
