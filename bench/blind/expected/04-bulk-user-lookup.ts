// expect: none
// Promise.all gets the array produced by mapping each id through the async loader, i.e. an array of started promises.
declare class UserStore {
  findById(id: string): Promise<{ id: string; email: string; disabled: boolean } | null>;
}

declare const store: UserStore;

async function loadUser(id: string) {
  const user = await store.findById(id);
  if (!user) throw new Error(`user ${id} not found`);
  return user;
}

export async function resolveRecipients(ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const users = await Promise.all(unique.map(loadUser));
  return users.filter((u) => !u.disabled).map((u) => u.email);
}

export async function countActive(ids: readonly string[]): Promise<number> {
  const recipients = await resolveRecipients(ids);
  return recipients.length;
}
