// expect: no-multiple-settle
// The captureFit helper uses an async executor; if openSession rejects, the await throws before any listener is attached and the promise never settles.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface FootScan {
  dancerId: string;
  lengthMm: number;
  widthMm: number;
  toeShape: 'egyptian' | 'greek' | 'peasant';
  archFlex: number;
}

interface FitReport {
  dancerId: string;
  euSize: number;
  widthLetter: 'N' | 'M' | 'W' | 'XW';
  shank: 'soft' | 'medium' | 'hard';
  box: 'tapered' | 'square';
}

function recommendFit(scan: FootScan): FitReport {
  const euSize = Math.round(((scan.lengthMm + 15) / 6.67) * 2) / 2;
  const ratio = scan.widthMm / scan.lengthMm;
  const widthLetter = ratio < 0.36 ? 'N' : ratio < 0.39 ? 'M' : ratio < 0.42 ? 'W' : 'XW';
  const shank = scan.archFlex > 0.7 ? 'hard' : scan.archFlex > 0.4 ? 'medium' : 'soft';
  const box = scan.toeShape === 'egyptian' ? 'tapered' : 'square';
  return { dancerId: scan.dancerId, euSize, widthLetter, shank, box };
}

class FittingSession extends EventEmitter {
  constructor(private readonly scan: FootScan) {
    super();
  }
  begin(): void {
    setImmediate(() => this.emit('report', recommendFit(this.scan)));
  }
}

class FittingStation {
  readonly scans = new Map<string, FootScan>();
  async openSession(dancerId: string): Promise<FittingSession> {
    const scan = this.scans.get(dancerId);
    if (!scan) throw new Error(`no scan on file for ${dancerId}`);
    return new FittingSession(scan);
  }
}

function captureFit(station: FittingStation, dancerId: string): Promise<FitReport> {
  return new Promise(async (resolve, reject) => {
    const session = await station.openSession(dancerId);
    session.once('report', resolve);
    session.once('error', reject);
    session.begin();
  });
}

describe('pointe fitting station', () => {
  let station: FittingStation;

  beforeEach(() => {
    station = new FittingStation();
    station.scans.set('d-101', { dancerId: 'd-101', lengthMm: 238, widthMm: 88, toeShape: 'egyptian', archFlex: 0.82 });
    station.scans.set('d-102', { dancerId: 'd-102', lengthMm: 231, widthMm: 95, toeShape: 'peasant', archFlex: 0.3 });
  });

  it('recommends a hard tapered shoe for a flexible egyptian foot', async () => {
    const report = await captureFit(station, 'd-101');
    expect(report.shank).toBe('hard');
    expect(report.box).toBe('tapered');
    expect(report.euSize).toBeGreaterThan(37);
  });

  it('recommends a wide square box for a peasant foot', async () => {
    const report = await captureFit(station, 'd-102');
    expect(report.widthLetter).toBe('XW');
    expect(report.box).toBe('square');
    expect(report.shank).toBe('soft');
  });

  it('gives the same report for repeated fittings', async () => {
    const first = await captureFit(station, 'd-101');
    const second = await captureFit(station, 'd-101');
    expect(second).toEqual(first);
  });
});
