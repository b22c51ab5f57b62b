// expect: require-signal-propagation
// The GraphQL resolver has ctx.signal and passes it to the user lookup, but calls the warehouse SDK's runQuery (which accepts a signal) without it, so the expensive query keeps running after the client goes away.

interface ResolverContext {
  signal: AbortSignal;
  userId: string;
}

interface QueryRow {
  day: string;
  orders: number;
  revenueCents: number;
}

declare class WarehouseClient {
  runQuery(sql: string, params: unknown[], options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<QueryRow[]>;
}

declare class UserDirectory {
  getUser(id: string, options?: { signal?: AbortSignal }): Promise<{ id: string; orgId: string }>;
}

declare const warehouse: WarehouseClient;
declare const users: UserDirectory;

export const salesDashboardResolver = {
  async dailySales(_parent: unknown, args: { days: number }, ctx: ResolverContext): Promise<QueryRow[]> {
    const user = await users.getUser(ctx.userId, { signal: ctx.signal });
    const days = Math.min(Math.max(args.days, 1), 365);
    return warehouse.runQuery(
      "SELECT day, orders, revenue_cents AS \"revenueCents\" FROM daily_sales WHERE org_id = $1 AND day > now() - ($2 || ' days')::interval ORDER BY day",
      [user.orgId, days],
      { timeoutMs: 20_000 },
    );
  },
};
