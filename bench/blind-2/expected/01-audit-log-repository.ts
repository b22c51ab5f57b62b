// expect: no-uncalled-async-function
// record() awaits the ensureSchema method object instead of calling it, so on a fresh database (unless recent() happened to run first) the CREATE TABLE never executes and the insert fails with "relation audit_events does not exist".
interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Pool {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
  end(): Promise<void>;
}

export interface AuditEvent {
  actorId: string;
  action: 'login' | 'logout' | 'role.grant' | 'role.revoke' | 'export';
  target: string;
  metadata?: Record<string, unknown>;
}

export interface StoredAuditEvent extends AuditEvent {
  id: number;
  createdAt: Date;
}

export class AuditLog {
  private schemaReady = false;

  constructor(private readonly pool: Pool) {}

  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    await this.pool.query(`
      create table if not exists audit_events (
        id bigserial primary key,
        actor_id text not null,
        action text not null,
        target text not null,
        metadata jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now()
      )`);
    await this.pool.query('create index if not exists audit_events_actor_idx on audit_events (actor_id, created_at desc)');
    this.schemaReady = true;
  }

  async record(event: AuditEvent): Promise<number> {
    await this.ensureSchema;
    const { rows } = await this.pool.query<{ id: number }>(
      'insert into audit_events (actor_id, action, target, metadata) values ($1, $2, $3, $4) returning id',
      [event.actorId, event.action, event.target, JSON.stringify(event.metadata ?? {})],
    );
    return rows[0].id;
  }

  async recent(actorId: string, limit = 50): Promise<StoredAuditEvent[]> {
    await this.ensureSchema();
    const { rows } = await this.pool.query<{
      id: number;
      actor_id: string;
      action: AuditEvent['action'];
      target: string;
      metadata: Record<string, unknown>;
      created_at: Date;
    }>('select * from audit_events where actor_id = $1 order by created_at desc limit $2', [actorId, limit]);
    return rows.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      action: r.action,
      target: r.target,
      metadata: r.metadata,
      createdAt: r.created_at,
    }));
  }
}
