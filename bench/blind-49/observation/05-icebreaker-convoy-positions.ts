// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled and their .value read without checking status, so one silent AIS feed yields undefined positions.
export interface VesselPosition {
  mmsi: string;
  latitude: number;
  longitude: number;
  speedKnots: number;
  headingDeg: number;
  reportedAt: Date;
}

export interface ConvoyVessel {
  mmsi: string;
  name: string;
  role: 'icebreaker' | 'escorted';
  beamMeters: number;
}

export interface ConvoyPicture {
  convoyId: string;
  leader: VesselPosition;
  spacingNm: number[];
  stragglers: string[];
}

declare const aisGateway: {
  latestPosition(mmsi: string): Promise<VesselPosition>;
};

declare const iceService: {
  thicknessAt(latitude: number, longitude: number): Promise<number>;
};

const EARTH_RADIUS_NM = 3440.065;

function distanceNm(a: VesselPosition, b: VesselPosition): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_NM * Math.asin(Math.sqrt(h));
}

function maxSpacingFor(iceThicknessM: number): number {
  if (iceThicknessM > 1.2) return 0.3;
  if (iceThicknessM > 0.6) return 0.6;
  return 1.0;
}

export async function convoyPicture(convoyId: string, vessels: ConvoyVessel[]): Promise<ConvoyPicture> {
  const leaderVessel = vessels.find((v) => v.role === 'icebreaker');
  if (!leaderVessel) throw new Error(`convoy ${convoyId} has no icebreaker`);
  const ordered = [leaderVessel, ...vessels.filter((v) => v !== leaderVessel)];

  const settled = await Promise.allSettled(ordered.map((v) => aisGateway.latestPosition(v.mmsi)));
  const positions = settled.map((result) => (result as PromiseFulfilledResult<VesselPosition>).value);

  const [leader, ...followers] = positions;
  const thickness = await iceService.thicknessAt(leader.latitude, leader.longitude);
  const allowed = maxSpacingFor(thickness);

  const spacingNm: number[] = [];
  const stragglers: string[] = [];
  let ahead = leader;
  followers.forEach((pos, i) => {
    const gap = distanceNm(ahead, pos);
    spacingNm.push(Number(gap.toFixed(2)));
    if (gap > allowed) stragglers.push(ordered[i + 1].name);
    ahead = pos;
  });

  return { convoyId, leader, spacingNm, stragglers };
}

export function describePicture(picture: ConvoyPicture): string {
  const head = `${picture.convoyId}: leader at ${picture.leader.latitude.toFixed(3)}, ${picture.leader.longitude.toFixed(3)}`;
  const gaps = picture.spacingNm.map((g) => `${g} nm`).join(' / ');
  const tail = picture.stragglers.length > 0 ? `; stragglers: ${picture.stragglers.join(', ')}` : '';
  return `${head}; spacing ${gaps}${tail}`;
}
