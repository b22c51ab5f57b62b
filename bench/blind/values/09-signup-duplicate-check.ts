// expect: no-promise-as-value
// `existing` is the promise returned by findByEmail, which is always truthy, so every signup is rejected as a duplicate.

interface Account {
  id: string;
  email: string;
}

declare const accounts: {
  findByEmail(email: string): Promise<Account | null>;
  create(email: string, passwordHash: string): Promise<Account>;
};

declare function hashPassword(plain: string): Promise<string>;

export class ConflictError extends Error {
  constructor(readonly resource: unknown) {
    super('account already exists');
  }
}

export async function signUp(email: string, password: string): Promise<Account> {
  const normalized = email.trim().toLowerCase();
  const existing = accounts.findByEmail(normalized);
  if (existing) {
    throw new ConflictError(existing);
  }

  const hash = await hashPassword(password);
  return accounts.create(normalized, hash);
}
