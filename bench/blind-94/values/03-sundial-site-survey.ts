// expect: none
// latitude and declination are assigned in .then callbacks, but the chains are awaited before either variable is read.
import { readFile } from 'node:fs/promises';

interface GeoFix {
  lat: number;
  lon: number;
  accuracyM: number;
}

interface WallSurvey {
  azimuthDeg: number;
  tiltDeg: number;
}

declare const gps: { fix(timeoutMs: number): Promise<GeoFix> };
declare const compass: { wallAzimuth(): Promise<number>; magneticDeclination(lat: number, lon: number): Promise<number> };

export interface DialDesign {
  style: 'vertical-declining';
  latitude: number;
  wallDeclinationDeg: number;
  gnomonAngleDeg: number;
}

export async function surveyWallForDial(surveyFile: string): Promise<DialDesign> {
  let latitude: number | undefined;
  let declination = 0;

  const fix = await gps.fix(30_000).then((f) => {
    latitude = f.lat;
    return f;
  });

  await compass.magneticDeclination(fix.lat, fix.lon).then((d) => {
    declination = d;
  });

  const wall = JSON.parse(await readFile(surveyFile, 'utf8')) as WallSurvey;
  if (latitude === undefined) {
    throw new Error('no GPS fix');
  }
  if (Math.abs(wall.tiltDeg) > 2) {
    throw new Error(`wall leans ${wall.tiltDeg}°, a vertical dial needs a plumb surface`);
  }

  const trueAzimuth = wall.azimuthDeg + declination;
  const wallDeclinationDeg = ((trueAzimuth - 180 + 540) % 360) - 180;

  return {
    style: 'vertical-declining',
    latitude,
    wallDeclinationDeg,
    gnomonAngleDeg: 90 - latitude,
  };
}

export function describeDesign(d: DialDesign): string {
  const facing = d.wallDeclinationDeg === 0 ? 'due south' : `${Math.abs(d.wallDeclinationDeg).toFixed(1)}° ${
    d.wallDeclinationDeg > 0 ? 'west' : 'east'
  } of south`;
  return `Vertical dial at ${d.latitude.toFixed(3)}°, wall faces ${facing}, gnomon ${d.gnomonAngleDeg.toFixed(1)}° from wall`;
}
