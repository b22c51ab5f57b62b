// expect: no-uncalled-async-function
// loadResponses is passed to Promise.all as a method reference instead of being called, so instrument responses are never loaded and every amplitude is left uncorrected.
import { readFile, readdir } from 'node:fs/promises';

export interface StationMeta {
  code: string;
  latitude: number;
  longitude: number;
  sensor: string;
}

export interface InstrumentResponse {
  sensor: string;
  sensitivityCountsPerMs: number;
}

export interface ArchiveClient {
  connect(): Promise<void>;
  latestEventId(): Promise<number>;
}

export class NetworkBootstrap {
  private stations = new Map<string, StationMeta>();
  private responses = new Map<string, InstrumentResponse>();
  private lastEventId = 0;

  constructor(
    private readonly configDir: string,
    private readonly archive: ArchiveClient,
  ) {}

  async start(): Promise<{ stations: number; responses: number; lastEventId: number }> {
    await Promise.all([this.loadStations(), this.loadResponses, this.connectArchive()]);
    return { stations: this.stations.size, responses: this.responses.size, lastEventId: this.lastEventId };
  }

  velocityMs(stationCode: string, counts: number): number {
    const station = this.stations.get(stationCode);
    if (!station) throw new Error(`unknown station ${stationCode}`);
    const response = this.responses.get(station.sensor);
    return response ? counts / response.sensitivityCountsPerMs : counts;
  }

  private async loadStations(): Promise<void> {
    const raw = await readFile(`${this.configDir}/stations.json`, 'utf8');
    for (const s of JSON.parse(raw) as StationMeta[]) this.stations.set(s.code, s);
  }

  private async loadResponses(): Promise<void> {
    const dir = `${this.configDir}/responses`;
    for (const name of await readdir(dir)) {
      if (!name.endsWith('.json')) continue;
      const r = JSON.parse(await readFile(`${dir}/${name}`, 'utf8')) as InstrumentResponse;
      this.responses.set(r.sensor, r);
    }
  }

  private async connectArchive(): Promise<void> {
    await this.archive.connect();
    this.lastEventId = await this.archive.latestEventId();
  }
}
