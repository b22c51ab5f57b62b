// expect: none
// writeTrack's executor listens for both 'finish' and 'error' and each handler detaches the other, so it settles exactly once.
import { createWriteStream, type WriteStream } from "node:fs";
import * as path from "node:path";

export interface TrackPoint {
  camelId: string;
  lat: number;
  lon: number;
  recordedAt: Date;
  speedKmh: number;
}

declare const trackerApi: {
  pointsSince(caravanId: string, since: Date): Promise<TrackPoint[]>;
  markExported(caravanId: string, until: Date): Promise<void>;
};

const EXPORT_DIR = "/srv/caravan/exports";

function toGpxSegment(points: TrackPoint[]): string {
  const body = points
    .map(
      (p) =>
        `    <trkpt lat="${p.lat.toFixed(6)}" lon="${p.lon.toFixed(6)}"><time>${p.recordedAt.toISOString()}</time></trkpt>`,
    )
    .join("\n");
  return `  <trkseg>\n${body}\n  </trkseg>\n`;
}

function groupByCamel(points: TrackPoint[]): Map<string, TrackPoint[]> {
  const groups = new Map<string, TrackPoint[]>();
  for (const point of points) {
    const list = groups.get(point.camelId) ?? [];
    list.push(point);
    groups.set(point.camelId, list);
  }
  return groups;
}

function writeTrack(stream: WriteStream, chunks: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => {
      stream.off("finish", onFinish);
      reject(err);
    };
    const onFinish = () => {
      stream.off("error", onError);
      resolve();
    };
    stream.once("error", onError);
    stream.once("finish", onFinish);
    stream.end(chunks.join(""));
  });
}

export async function exportCaravan(caravanId: string, since: Date): Promise<string> {
  const points = await trackerApi.pointsSince(caravanId, since);
  if (points.length === 0) {
    throw new Error(`caravan ${caravanId} has no track points since ${since.toISOString()}`);
  }
  points.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  const until = points[points.length - 1].recordedAt;

  const chunks = ['<?xml version="1.0"?>\n<gpx version="1.1" creator="caravan-tracker">\n'];
  for (const [camelId, camelPoints] of groupByCamel(points)) {
    chunks.push(` <trk><name>${camelId}</name>\n`, toGpxSegment(camelPoints), " </trk>\n");
  }
  chunks.push("</gpx>\n");

  const file = path.join(EXPORT_DIR, `${caravanId}-${until.getTime()}.gpx`);
  await writeTrack(createWriteStream(file, { encoding: "utf8" }), chunks);
  await trackerApi.markExported(caravanId, until);
  return file;
}
