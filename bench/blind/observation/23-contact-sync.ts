// expect: no-unobserved-promise
// Each contact's remote record is requested up front, but the `continue` for unchanged contacts skips the await, leaving that request's promise without a handler.
interface Contact { id: string; email: string; updatedAt: number }

declare const crm: {
  getContact(id: string): Promise<Contact>;
  updateContact(c: Contact): Promise<void>;
};

declare const localStore: {
  changedSince(ts: number): Promise<Contact[]>;
  lastSyncedAt(id: string): number;
};

export async function pushChanges(since: number): Promise<number> {
  const changed = await localStore.changedSince(since);
  let pushed = 0;

  for (const contact of changed) {
    const remoteP = crm.getContact(contact.id);

    if (contact.updatedAt <= localStore.lastSyncedAt(contact.id)) {
      continue;
    }

    const remote = await remoteP;
    if (remote.updatedAt >= contact.updatedAt) {
      continue;
    }

    await crm.updateContact(contact);
    pushed += 1;
  }

  return pushed;
}
