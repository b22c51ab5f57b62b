// expect: no-uncalled-async-function
// Promise.all receives the loader functions themselves instead of their promises, so users and orders are the functions, not the data.
interface Req { params: Record<string, string>; query: Record<string, string | undefined> }
interface Res { status(code: number): Res; json(body: unknown): void }
interface Router {
  get(path: string, handler: (req: Req, res: Res) => Promise<void>): void;
}

declare const router: Router;
declare function listUsers(tenantId: string): Promise<Array<{ id: string; name: string }>>;
declare function listOrders(tenantId: string, since?: string): Promise<Array<{ id: string; total: number }>>;

export function registerDashboardRoutes(): void {
  router.get('/tenants/:tenantId/dashboard', async (req, res) => {
    const { tenantId } = req.params;
    const since = req.query.since;

    const loadUsers = async () => listUsers(tenantId);
    const loadOrders = async () => listOrders(tenantId, since);

    try {
      const [users, orders] = await Promise.all([loadUsers, loadOrders]);
      res.status(200).json({ tenantId, users, orders });
    } catch (err) {
      res.status(500).json({ error: (err as Error).message });
    }
  });
}
