// expect: none
// withTransaction's callback parameter is typed to return a promise and the helper awaits it, so passing an async callback is correct.
interface Tx {
  query<R = unknown>(sql: string, params?: unknown[]): Promise<R[]>;
}

declare const pool: {
  withTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
};

export async function transferCredits(fromId: string, toId: string, amount: number): Promise<void> {
  if (amount <= 0) throw new RangeError('amount must be positive');

  await pool.withTransaction(async (tx) => {
    const [from] = await tx.query<{ balance: number }>(
      'SELECT balance FROM accounts WHERE id = $1 FOR UPDATE',
      [fromId],
    );
    if (!from || from.balance < amount) {
      throw new Error('insufficient credits');
    }
    await tx.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, fromId]);
    await tx.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, toId]);
    await tx.query('INSERT INTO ledger (from_id, to_id, amount) VALUES ($1, $2, $3)', [fromId, toId, amount]);
  });
}
