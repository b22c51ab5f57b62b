// expect: no-uncalled-async-function
// openSession puts this.refreshRoster (the function) into Promise.all instead of calling it, so the roster is never refreshed and nothing waits for it.
export interface WorkshopSession {
  id: string;
  benchId: string;
  date: string;
  instructorId: string;
  specimenKind: 'songbird' | 'pheasant' | 'fox' | 'trout';
  attendees: string[];
}

interface SupplyLine {
  sku: string;
  perAttendee: number;
}

declare const benches: {
  reserve(benchId: string, date: string, sessionId: string): Promise<void>;
  release(benchId: string, date: string): Promise<void>;
};

declare const supplies: {
  decrement(sku: string, quantity: number): Promise<{ remaining: number }>;
};

declare const sessionsDb: {
  insert(session: WorkshopSession): Promise<void>;
  upcomingFor(instructorId: string): Promise<WorkshopSession[]>;
};

declare const rosterCache: {
  replace(instructorId: string, sessions: WorkshopSession[]): Promise<void>;
};

const SUPPLY_KITS: Record<WorkshopSession['specimenKind'], SupplyLine[]> = {
  songbird: [
    { sku: 'wire-0.5mm', perAttendee: 2 },
    { sku: 'glass-eye-4mm', perAttendee: 2 },
    { sku: 'borax-100g', perAttendee: 1 },
  ],
  pheasant: [
    { sku: 'wire-1.2mm', perAttendee: 3 },
    { sku: 'glass-eye-9mm', perAttendee: 2 },
    { sku: 'borax-100g', perAttendee: 2 },
  ],
  fox: [
    { sku: 'form-fox-small', perAttendee: 1 },
    { sku: 'glass-eye-16mm', perAttendee: 2 },
    { sku: 'hide-paste-250ml', perAttendee: 1 },
  ],
  trout: [
    { sku: 'form-trout-40cm', perAttendee: 1 },
    { sku: 'fin-card', perAttendee: 3 },
  ],
};

export class WorkshopScheduler {
  constructor(private readonly instructorId: string) {}

  private refreshRoster = async (): Promise<void> => {
    const upcoming = await sessionsDb.upcomingFor(this.instructorId);
    await rosterCache.replace(this.instructorId, upcoming);
  };

  private async consumeSupplies(session: WorkshopSession): Promise<string[]> {
    const low: string[] = [];
    for (const line of SUPPLY_KITS[session.specimenKind]) {
      const { remaining } = await supplies.decrement(line.sku, line.perAttendee * session.attendees.length);
      if (remaining < line.perAttendee * 4) low.push(line.sku);
    }
    return low;
  }

  async openSession(session: WorkshopSession): Promise<{ lowStock: string[] }> {
    if (session.instructorId !== this.instructorId) {
      throw new Error(`session ${session.id} belongs to another instructor`);
    }
    if (session.attendees.length === 0 || session.attendees.length > 6) {
      throw new Error(`session ${session.id} needs between 1 and 6 attendees`);
    }

    await benches.reserve(session.benchId, session.date, session.id);
    try {
      await sessionsDb.insert(session);
    } catch (err) {
      await benches.release(session.benchId, session.date);
      throw err;
    }

    const [lowStock] = await Promise.all([this.consumeSupplies(session), this.refreshRoster]);
    return { lowStock };
  }
}
