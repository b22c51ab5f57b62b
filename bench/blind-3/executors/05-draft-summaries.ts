// expect: no-multiple-settle
// resolve() runs on every cursor step, so the promise settles on the first record with a one-element summary list; the later records are iterated but lost, and the drafts sidebar shows at most one draft.
export interface Draft {
  id: string;
  workspaceId: string;
  title: string;
  body: string;
  updatedAt: number;
}

export interface DraftSummary {
  id: string;
  title: string;
  preview: string;
  updatedAt: number;
}

function toSummary(draft: Draft): DraftSummary {
  const text = draft.body.replace(/\s+/g, ' ').trim();
  return {
    id: draft.id,
    title: draft.title || 'Untitled draft',
    preview: text.length > 120 ? `${text.slice(0, 117)}...` : text,
    updatedAt: draft.updatedAt,
  };
}

export function listDraftSummaries(db: IDBDatabase, workspaceId: string): Promise<DraftSummary[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', 'readonly');
    const range = IDBKeyRange.only(workspaceId);
    const req = tx.objectStore('drafts').index('byWorkspace').openCursor(range, 'prev');
    const drafts: Draft[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor) {
        const draft = cursor.value as Draft;
        if (draft.body.trim() || draft.title.trim()) drafts.push(draft);
        cursor.continue();
      }
      resolve(drafts.map(toSummary));
    };
    req.onerror = () => reject(req.error);
    tx.onabort = () => reject(tx.error ?? new Error('drafts transaction aborted'));
  });
}

export async function renderDraftSidebar(db: IDBDatabase, workspaceId: string, list: HTMLUListElement): Promise<void> {
  const summaries = await listDraftSummaries(db, workspaceId);
  list.replaceChildren(
    ...summaries.map((s) => {
      const li = document.createElement('li');
      li.dataset.draftId = s.id;
      li.title = new Date(s.updatedAt).toLocaleString();
      li.textContent = `${s.title} — ${s.preview}`;
      return li;
    }),
  );
}
