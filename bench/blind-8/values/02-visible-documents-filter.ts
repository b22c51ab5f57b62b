// expect: no-promise-as-value
// Array.filter receives the Promise<boolean> from the async ACL check; a promise is always truthy, so every document (including forbidden ones) is returned to the caller.
interface DocumentSummary {
  id: string;
  workspaceId: string;
  title: string;
  ownerId: string;
  updatedAt: string;
}

interface Principal {
  userId: string;
  roles: string[];
}

declare const docsRepo: {
  listByWorkspace(workspaceId: string, opts: { limit: number; cursor?: string }): Promise<{ items: DocumentSummary[]; next?: string }>;
};

declare const acl: {
  check(principal: Principal, resource: string, action: 'read' | 'write'): Promise<boolean>;
};

declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

async function canRead(principal: Principal, doc: DocumentSummary): Promise<boolean> {
  if (doc.ownerId === principal.userId || principal.roles.includes('admin')) {
    return true;
  }
  try {
    return await acl.check(principal, `doc:${doc.id}`, 'read');
  } catch {
    metrics.increment('acl.check.error', { workspace: doc.workspaceId });
    return false;
  }
}

export async function listVisibleDocuments(
  principal: Principal,
  workspaceId: string,
  cursor?: string,
): Promise<{ documents: DocumentSummary[]; next?: string }> {
  const page = await docsRepo.listByWorkspace(workspaceId, { limit: 50, cursor });

  const documents = page.items.filter((doc) => canRead(principal, doc)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  metrics.increment('docs.list', { workspace: workspaceId });
  return { documents, next: page.next };
}
