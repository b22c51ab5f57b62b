// expect: none
// Every promise is awaited before it reaches the template string, JSON body or comparison; the stored etaReq is awaited inside the interpolation.
export interface ConvoyShip {
  imo: string;
  name: string;
  draughtM: number;
}

export interface Waypoint {
  name: string;
  lat: number;
  lon: number;
}

declare const routing: {
  etaHours(from: Waypoint, to: Waypoint, iceClass: string): Promise<number>;
  channelWidthM(route: Waypoint[]): Promise<number>;
};

declare const vts: { broadcast(channel: number, body: string): Promise<void> };

declare const ais: { positionOf(imo: string): Promise<Waypoint> };

export async function composeConvoyNotice(
  breaker: string,
  convoy: ConvoyShip[],
  route: Waypoint[],
): Promise<string> {
  const start = route[0];
  const end = route[route.length - 1];

  const width = await routing.channelWidthM(route).catch(() => NaN);
  const etaReq = routing.etaHours(start, end, 'PC4');

  const lines = [
    `SECURITE SECURITE. Icebreaker ${breaker} leading ${convoy.length} vessels`,
    `from ${start.name} to ${end.name}, ETA ${(await etaReq).toFixed(1)} h.`,
    Number.isNaN(width) ? 'Channel width not available.' : `Broken channel approx ${Math.round(width)} m wide.`,
  ];
  return lines.join(' ');
}

export async function sendConvoyNotice(
  breaker: string,
  convoy: ConvoyShip[],
  route: Waypoint[],
  vhfChannel = 16,
): Promise<{ sent: boolean; body: string }> {
  const body = await composeConvoyNotice(breaker, convoy, route);
  const tooDeep = convoy.filter((s) => s.draughtM > 9.5);
  if (tooDeep.length > 0) {
    return { sent: false, body: `${body} Not sent: ${tooDeep.map((s) => s.name).join(', ')} exceed draught limit.` };
  }
  await vts.broadcast(vhfChannel, body);
  return { sent: true, body };
}

export async function distanceToLeaderNm(leader: string, follower: string): Promise<number> {
  const [a, b] = await Promise.all([ais.positionOf(leader), ais.positionOf(follower)]);
  const dLat = (b.lat - a.lat) * 60;
  const dLon = (b.lon - a.lon) * 60 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dLat, dLon);
}

export async function isTooClose(leader: string, follower: string, minNm = 0.3): Promise<boolean> {
  const distance = await distanceToLeaderNm(leader, follower);
  return distance < minNm;
}
