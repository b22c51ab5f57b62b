// expect: no-promise-as-value
// Bug: relativeHumidity is set to weather.readHumidity() without await, so JSON.stringify serialises it as {} and dispatch never gets the humidity reading.
import { hostname } from 'node:os';

export interface SmokeSighting {
  azimuthDeg: number;
  estimatedRangeKm: number;
  color: 'white' | 'grey' | 'black';
  columnType: 'wisp' | 'drift' | 'column';
}

interface WeatherStation {
  readWindKph(): Promise<{ speed: number; gustDirDeg: number }>;
  readHumidity(): Promise<number>;
  readTempC(): Promise<number>;
}

interface Camera {
  capture(azimuthDeg: number): Promise<Blob>;
}

const DISPATCH_URL = 'https://dispatch.forestry.example.org/api/sightings';

export class LookoutReporter {
  private sequence = 0;

  constructor(
    private readonly towerId: string,
    private readonly weather: WeatherStation,
    private readonly camera: Camera,
    private readonly apiKey: string,
  ) {}

  async report(sighting: SmokeSighting, observer: string): Promise<string> {
    const wind = await this.weather.readWindKph();
    const tempC = await this.weather.readTempC();

    const payload = {
      towerId: this.towerId,
      station: hostname(),
      sequence: ++this.sequence,
      observer,
      observedAt: new Date().toISOString(),
      sighting,
      conditions: {
        windKph: wind.speed,
        gustDirDeg: wind.gustDirDeg,
        tempC,
        relativeHumidity: this.weather.readHumidity(),
      },
      priority: this.priorityFor(sighting, wind.speed),
    };

    const res = await fetch(DISPATCH_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`Dispatch rejected sighting from ${this.towerId}: HTTP ${res.status}`);
    }
    const { incidentId } = (await res.json()) as { incidentId: string };

    void this.attachPhoto(incidentId, sighting.azimuthDeg).catch((err) => {
      console.warn(`photo upload failed for ${incidentId}:`, err);
    });

    return incidentId;
  }

  private priorityFor(s: SmokeSighting, windKph: number): 'routine' | 'urgent' | 'immediate' {
    if (s.columnType === 'column' || s.color === 'black') return 'immediate';
    if (windKph > 30 || s.estimatedRangeKm < 5) return 'urgent';
    return 'routine';
  }

  private async attachPhoto(incidentId: string, azimuthDeg: number): Promise<void> {
    const image = await this.camera.capture(azimuthDeg);
    const res = await fetch(`${DISPATCH_URL}/${incidentId}/photos`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', 'x-api-key': this.apiKey },
      body: image,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  }
}
