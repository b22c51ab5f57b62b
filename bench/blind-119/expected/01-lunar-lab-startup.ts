// expect: no-uncalled-async-function
// Startup passes this.warmSpectrometer to Promise.all without calling it, so the spectrometer is never warmed up and the lab reports itself ready anyway.
import { readFile } from 'node:fs/promises';

export interface CatalogEntry {
  sampleId: string;
  mission: string;
  storage: 'nitrogen' | 'vacuum' | 'ambient';
}

export interface SpectrometerDriver {
  powerOn(): Promise<void>;
  coolTo(kelvin: number): Promise<number>;
}

export interface CustodyLedger {
  lastSequence(): Promise<number>;
  replayFrom(sequence: number): Promise<number>;
}

export interface LabState {
  catalog: Map<string, CatalogEntry>;
  detectorKelvin: number | null;
  custodySequence: number;
  ready: boolean;
}

export class LunarLab {
  private readonly state: LabState = {
    catalog: new Map(),
    detectorKelvin: null,
    custodySequence: 0,
    ready: false,
  };

  constructor(
    private readonly catalogPath: string,
    private readonly spectrometer: SpectrometerDriver,
    private readonly custody: CustodyLedger,
  ) {}

  async start(): Promise<LabState> {
    await Promise.all([this.loadCatalog(), this.warmSpectrometer, this.syncCustody()]);
    this.state.ready = true;
    return this.state;
  }

  get snapshot(): Readonly<LabState> {
    return this.state;
  }

  private async loadCatalog(): Promise<void> {
    const raw = await readFile(this.catalogPath, 'utf8');
    for (const entry of JSON.parse(raw) as CatalogEntry[]) {
      this.state.catalog.set(entry.sampleId, entry);
    }
  }

  private async warmSpectrometer(): Promise<void> {
    await this.spectrometer.powerOn();
    this.state.detectorKelvin = await this.spectrometer.coolTo(77);
  }

  private async syncCustody(): Promise<void> {
    const seq = await this.custody.lastSequence();
    this.state.custodySequence = await this.custody.replayFrom(seq);
  }
}

export function samplesInStorage(state: LabState, storage: CatalogEntry['storage']): string[] {
  return [...state.catalog.values()]
    .filter((e) => e.storage === storage)
    .map((e) => e.sampleId)
    .sort();
}
