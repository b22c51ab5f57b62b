// expect: no-multiple-settle
// The timeout is never cleared when the search completes, so after resolving (or rejecting) the timer still fires, abandons the client and rejects the already-settled promise.
export interface LdapEntry {
  dn: string;
  attributes: Record<string, string[]>;
}

declare class LdapClient {
  search(base: string, filter: string, cb: (err: Error | null, entries?: LdapEntry[]) => void): void;
  abandon(): void;
}

export function searchWithTimeout(
  client: LdapClient,
  base: string,
  filter: string,
  ms = 5000,
): Promise<LdapEntry[]> {
  return new Promise<LdapEntry[]>((resolve, reject) => {
    setTimeout(() => {
      client.abandon();
      reject(new Error(`LDAP search ${filter} timed out after ${ms}ms`));
    }, ms);
    client.search(base, filter, (err, entries) => {
      if (err) return reject(err);
      resolve(entries ?? []);
    });
  });
}

export async function findGroupsOf(client: LdapClient, uid: string): Promise<string[]> {
  const entries = await searchWithTimeout(client, 'ou=groups,dc=corp,dc=example', `(memberUid=${uid})`);
  return entries.map((e) => e.attributes.cn?.[0] ?? e.dn);
}
