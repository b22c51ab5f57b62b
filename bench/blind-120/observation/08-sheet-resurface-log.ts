// expect: no-floating-promises
// The audit record written after a resurface is never awaited, so completeResurface returns before it is stored and a failed audit write becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export type SheetState = 'open' | 'resurfacing' | 'pebbling' | 'ready' | 'closed';

export interface Sheet {
  id: string;
  state: SheetState;
  iceTempC: number;
  lastResurfacedAt: Date | null;
}

export interface SheetRepo {
  get(id: string): Promise<Sheet>;
  update(id: string, patch: Partial<Sheet>): Promise<Sheet>;
}

export interface AuditLog {
  record(entry: { kind: string; sheetId: string; crew: string; at: Date; detail?: string }): Promise<void>;
}

export class ResurfaceCoordinator extends EventEmitter {
  constructor(
    private readonly sheets: SheetRepo,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  async beginResurface(sheetId: string, crew: string): Promise<Sheet> {
    const sheet = await this.sheets.get(sheetId);
    if (sheet.state !== 'open' && sheet.state !== 'closed') {
      throw new Error(`sheet ${sheetId} is ${sheet.state}, cannot start resurfacing`);
    }
    const updated = await this.sheets.update(sheetId, { state: 'resurfacing' });
    await this.audit.record({ kind: 'resurface-start', sheetId, crew, at: new Date() });
    return updated;
  }

  async completeResurface(sheetId: string, crew: string, iceTempC: number): Promise<Sheet> {
    const sheet = await this.sheets.get(sheetId);
    if (sheet.state !== 'resurfacing' && sheet.state !== 'pebbling') {
      throw new Error(`sheet ${sheetId} is not being resurfaced`);
    }
    if (iceTempC > -4.5) {
      throw new Error(`ice on ${sheetId} too warm to play (${iceTempC} °C)`);
    }
    const now = new Date();
    const updated = await this.sheets.update(sheetId, { state: 'ready', iceTempC, lastResurfacedAt: now });
    this.audit.record({ kind: 'resurface-done', sheetId, crew, at: now, detail: `${iceTempC} °C` });
    this.emit('sheet-ready', updated);
    return updated;
  }

  async closeSheet(sheetId: string, crew: string, reason: string): Promise<void> {
    await this.sheets.update(sheetId, { state: 'closed' });
    await this.audit.record({ kind: 'close', sheetId, crew, at: new Date(), detail: reason });
  }
}

export function minutesSinceResurface(sheet: Sheet, now = new Date()): number | null {
  if (!sheet.lastResurfacedAt) return null;
  return Math.floor((now.getTime() - sheet.lastResurfacedAt.getTime()) / 60_000);
}
