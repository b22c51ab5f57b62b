// expect: no-unobserved-promise
// The next page request is started before yielding the current page's contacts and is only awaited after the consumer resumes; if it fails while the consumer is still upserting contacts, the rejection has no handler and the sync process dies with an unhandled rejection (and it is never awaited at all if the consumer stops early).
interface Contact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  updatedAt: string;
}

interface ContactPage {
  results: Contact[];
  paging?: { next?: { after: string } };
}

declare const crm: {
  contacts: {
    list(opts: { after?: string; limit: number; properties: string[]; signal?: AbortSignal }): Promise<ContactPage>;
  };
};
declare const warehouse: {
  upsertContact(c: Contact): Promise<void>;
  setCheckpoint(source: string, value: string): Promise<void>;
};

const PROPERTIES = ['email', 'firstname', 'lastname', 'lastmodifieddate'];

export async function* crmContacts(signal?: AbortSignal): AsyncGenerator<Contact, void, undefined> {
  let pending = crm.contacts.list({ limit: 100, properties: PROPERTIES, signal });
  while (true) {
    const page = await pending;
    const after = page.paging?.next?.after;
    if (after) {
      pending = crm.contacts.list({ after, limit: 100, properties: PROPERTIES, signal });
    }
    for (const contact of page.results) {
      yield contact;
    }
    if (!after) break;
  }
}

export async function syncContacts(since: string, signal?: AbortSignal): Promise<{ seen: number; upserted: number }> {
  let seen = 0;
  let upserted = 0;
  let newest = since;
  for await (const contact of crmContacts(signal)) {
    seen++;
    if (contact.updatedAt <= since) continue;
    await warehouse.upsertContact(contact);
    upserted++;
    if (contact.updatedAt > newest) newest = contact.updatedAt;
  }
  await warehouse.setCheckpoint('crm.contacts', newest);
  return { seen, upserted };
}
