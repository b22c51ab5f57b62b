// expect: no-read-before-settle
// openForagingMap assigns userPos inside the getCurrentPosition success callback, which runs later, but reads it on the very next line to centre the map and pick nearby spots, so the map always opens on the default centre with no nearby finds.
export interface LatLon {
  lat: number;
  lon: number;
}

export interface ForageSpot {
  id: string;
  species: string;
  at: LatLon;
  lastSeen: string;
}

export interface MapView {
  setCenter(p: LatLon, zoom: number): void;
  addMarker(spot: ForageSpot): void;
  clearMarkers(): void;
}

const DEFAULT_CENTRE: LatLon = { lat: 54.5, lon: -3.0 };
const NEARBY_KM = 5;

function distanceKm(a: LatLon, b: LatLon): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export function openForagingMap(view: MapView, spots: ForageSpot[], banner: HTMLElement): ForageSpot[] {
  let userPos: LatLon | undefined;

  navigator.geolocation.getCurrentPosition(
    (pos) => {
      userPos = { lat: pos.coords.latitude, lon: pos.coords.longitude };
    },
    (err) => {
      banner.textContent = `Location unavailable (${err.message}); showing the whole region.`;
    },
    { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
  );

  const centre = userPos ?? DEFAULT_CENTRE;
  view.setCenter(centre, userPos ? 14 : 7);
  view.clearMarkers();

  const nearby = userPos
    ? spots.filter((s) => distanceKm(centre, s.at) <= NEARBY_KM)
    : [];
  for (const spot of nearby) view.addMarker(spot);

  banner.textContent = nearby.length
    ? `${nearby.length} known spots within ${NEARBY_KM} km`
    : 'No recorded spots near you yet.';
  return nearby;
}
