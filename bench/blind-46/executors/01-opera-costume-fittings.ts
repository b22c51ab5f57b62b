// expect: no-multiple-settle
// loadSheet's callback rejects on a store error but falls through and also resolves with an empty sheet.
import { EventEmitter } from 'node:events';

export interface Measurement {
  label: 'chest' | 'waist' | 'hip' | 'inseam' | 'sleeve' | 'neck';
  centimetres: number;
  takenAt: string;
}

export interface MeasurementSheet {
  performerId: string;
  role: string;
  measurements: Measurement[];
  revision: number;
}

type SheetCallback = (err: Error | null, sheet?: MeasurementSheet) => void;

declare const measurementStore: {
  fetchSheet(performerId: string, production: string, cb: SheetCallback): void;
  saveSheet(sheet: MeasurementSheet, cb: (err: Error | null) => void): void;
};

declare const wardrobeLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
};

export class SheetLoadError extends Error {
  constructor(readonly performerId: string, cause: Error) {
    super(`could not load measurement sheet for ${performerId}`, { cause });
    this.name = 'SheetLoadError';
  }
}

function emptySheet(performerId: string, role: string): MeasurementSheet {
  return { performerId, role, measurements: [], revision: 0 };
}

export function loadSheet(performerId: string, role: string, production: string): Promise<MeasurementSheet> {
  return new Promise((resolve, reject) => {
    measurementStore.fetchSheet(performerId, production, (err, sheet) => {
      if (err) {
        wardrobeLog.warn('measurement store failed', { performerId, production, code: (err as NodeJS.ErrnoException).code });
        reject(new SheetLoadError(performerId, err));
      }
      resolve(sheet ?? emptySheet(performerId, role));
    });
  });
}

export function saveSheet(sheet: MeasurementSheet): Promise<void> {
  return new Promise((resolve, reject) => {
    measurementStore.saveSheet(sheet, (err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve();
    });
  });
}

export interface FittingSlot {
  performerId: string;
  role: string;
  startsAt: Date;
  durationMinutes: number;
}

export class FittingDay extends EventEmitter {
  private readonly completed = new Set<string>();

  constructor(private readonly production: string, private readonly slots: FittingSlot[]) {
    super();
  }

  async prepareCutterNotes(): Promise<Map<string, MeasurementSheet>> {
    const notes = new Map<string, MeasurementSheet>();
    for (const slot of [...this.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
      const sheet = await loadSheet(slot.performerId, slot.role, this.production);
      notes.set(slot.performerId, sheet);
      this.emit('sheet-ready', slot.performerId, sheet.revision);
    }
    return notes;
  }

  async recordFitting(performerId: string, updates: Measurement[]): Promise<MeasurementSheet> {
    const slot = this.slots.find((s) => s.performerId === performerId);
    if (!slot) throw new Error(`${performerId} has no fitting booked for ${this.production}`);
    const current = await loadSheet(performerId, slot.role, this.production);
    const byLabel = new Map(current.measurements.map((m) => [m.label, m]));
    for (const update of updates) byLabel.set(update.label, update);
    const next: MeasurementSheet = {
      ...current,
      measurements: [...byLabel.values()],
      revision: current.revision + 1,
    };
    await saveSheet(next);
    this.completed.add(performerId);
    wardrobeLog.info('fitting recorded', { performerId, revision: next.revision });
    return next;
  }

  outstanding(): FittingSlot[] {
    return this.slots.filter((s) => !this.completed.has(s.performerId));
  }
}
