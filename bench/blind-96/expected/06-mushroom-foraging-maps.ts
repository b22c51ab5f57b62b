// expect: none
// Both loaders are called inside Promise.all, and the bare references this.onPosition and this.onPositionError go to watchPosition, which expects callbacks, so every place that needs a promise gets one and every place that needs a function gets a function.
export interface Spot {
  id: string;
  species: string;
  lat: number;
  lon: number;
}

export interface SpotSource {
  loadSpots(region: string): Promise<Spot[]>;
  loadSeasonalNotes(region: string): Promise<Record<string, string>>;
}

export class ForageCompass {
  private watchId: number | undefined;
  private spots: Spot[] = [];
  private notes: Record<string, string> = {};

  constructor(private readonly source: SpotSource, private readonly list: HTMLOListElement, private readonly status: HTMLElement) {}

  async open(region: string): Promise<void> {
    this.status.textContent = 'Loading foraging spots…';
    const [spots, notes] = await Promise.all([this.source.loadSpots(region), this.source.loadSeasonalNotes(region)]);
    this.spots = spots;
    this.notes = notes;
    this.status.textContent = `${spots.length} spots in ${region}`;
    this.watchId = navigator.geolocation.watchPosition(this.onPosition, this.onPositionError, {
      enableHighAccuracy: true,
      maximumAge: 30_000,
    });
  }

  private readonly onPosition = (pos: GeolocationPosition): void => {
    const { latitude, longitude } = pos.coords;
    const ranked = this.spots
      .map((s) => ({ s, d: Math.hypot(s.lat - latitude, (s.lon - longitude) * Math.cos((latitude * Math.PI) / 180)) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 10);
    const items = ranked.map(({ s, d }) => {
      const li = document.createElement('li');
      const note = this.notes[s.species];
      li.textContent = `${s.species} — ${(d * 111).toFixed(1)} km${note ? ` (${note})` : ''}`;
      return li;
    });
    this.list.replaceChildren(...items);
  };

  private readonly onPositionError = (err: GeolocationPositionError): void => {
    this.status.textContent = `Waiting for GPS: ${err.message}`;
  };

  close(): void {
    if (this.watchId !== undefined) navigator.geolocation.clearWatch(this.watchId);
    this.watchId = undefined;
    this.list.replaceChildren();
  }
}

export function mountCompass(root: HTMLElement, source: SpotSource, region: string): ForageCompass {
  const list = document.createElement('ol');
  const status = document.createElement('p');
  root.replaceChildren(status, list);
  const compass = new ForageCompass(source, list, status);
  compass.open(region).catch((err: unknown) => {
    status.textContent = `Could not load spots: ${err instanceof Error ? err.message : String(err)}`;
  });
  return compass;
}
