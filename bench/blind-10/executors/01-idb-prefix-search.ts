// expect: none
// The cursor's onsuccess fires once per record, but it only resolves when the cursor is exhausted or the limit is reached (otherwise it calls continue()), and onerror/onabort reject, so the promise settles exactly once.
export interface ContactRecord {
  id: string;
  displayName: string;
  searchKey: string;
  email?: string;
  updatedAt: number;
}

const CONTACTS_STORE = 'contacts';
const SEARCH_INDEX = 'by_search_key';

function normalize(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

export function searchContactsByPrefix(db: IDBDatabase, rawTerm: string, limit = 25): Promise<ContactRecord[]> {
  const prefix = normalize(rawTerm);
  if (prefix.length === 0) return Promise.resolve([]);

  return new Promise<ContactRecord[]>((resolve, reject) => {
    const tx = db.transaction(CONTACTS_STORE, 'readonly');
    const index = tx.objectStore(CONTACTS_STORE).index(SEARCH_INDEX);
    const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
    const matches: ContactRecord[] = [];
    const seen = new Set<string>();

    const request = index.openCursor(range, 'next');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        resolve(matches);
        return;
      }
      const contact = cursor.value as ContactRecord;
      if (!seen.has(contact.id)) {
        seen.add(contact.id);
        matches.push(contact);
      }
      if (matches.length >= limit) {
        resolve(matches);
        return;
      }
      cursor.continue();
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`contact search failed for "${prefix}"`));
    };
    tx.onabort = () => {
      reject(tx.error ?? new Error('contact search transaction aborted'));
    };
  });
}

export async function suggestRecipients(
  db: IDBDatabase,
  term: string,
  exclude: ReadonlySet<string>,
): Promise<Array<{ id: string; label: string }>> {
  const found = await searchContactsByPrefix(db, term, 50);
  return found
    .filter((c) => !exclude.has(c.id))
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, 10)
    .map((c) => ({ id: c.id, label: c.email ? `${c.displayName} <${c.email}>` : c.displayName }));
}
