// expect: no-promise-as-value
// The audit payload's inspector field is the unawaited promise from directory.onDutyFor, so the audit log receives a promise object instead of the inspector who closed the ramp.
export interface Inspector {
  id: string;
  name: string;
  certification: 'level-1' | 'level-2';
}

export interface InspectorDirectory {
  onDutyFor(rampId: string): Promise<Inspector>;
}

export interface RampStore {
  setStatus(rampId: string, status: 'open' | 'restricted' | 'closed', note: string): Promise<void>;
  openDefects(rampId: string): Promise<Array<{ area: string; severity: 1 | 2 | 3 }>>;
}

export interface AuditLog {
  record(event: string, payload: Record<string, unknown>): Promise<void>;
}

export interface SignageBoard {
  show(rampId: string, message: string): Promise<void>;
}

export class RampClosureService {
  constructor(
    private readonly ramps: RampStore,
    private readonly directory: InspectorDirectory,
    private readonly audit: AuditLog,
    private readonly signage: SignageBoard,
  ) {}

  async close(rampId: string, reason: string): Promise<void> {
    await this.ramps.setStatus(rampId, 'closed', reason);
    await this.signage.show(rampId, `CLOSED: ${reason}`);
    await this.audit.record('ramp.closed', {
      rampId,
      reason,
      closedAt: new Date().toISOString(),
      inspector: this.directory.onDutyFor(rampId),
    });
  }

  async restrict(rampId: string, reason: string): Promise<void> {
    const inspector = await this.directory.onDutyFor(rampId);
    await this.ramps.setStatus(rampId, 'restricted', reason);
    await this.signage.show(rampId, `Experienced riders only: ${reason}`);
    await this.audit.record('ramp.restricted', {
      rampId,
      reason,
      restrictedAt: new Date().toISOString(),
      inspector: { id: inspector.id, name: inspector.name },
    });
  }

  async applyDefects(rampId: string): Promise<'open' | 'restricted' | 'closed'> {
    const defects = await this.ramps.openDefects(rampId);
    const severe = defects.filter((d) => d.severity === 3);
    if (severe.length > 0) {
      await this.close(rampId, severe.map((d) => d.area).join(', '));
      return 'closed';
    }
    if (defects.some((d) => d.severity === 2)) {
      await this.restrict(rampId, defects.map((d) => d.area).join(', '));
      return 'restricted';
    }
    return 'open';
  }
}
