// expect: no-multiple-settle
// The socket executor only listens for 'data' and 'end'; a connection error or reset never settles the promise.
import { Socket } from "node:net";

export interface WindSample {
  stationId: string;
  knots: number;
  gustKnots: number;
  directionDeg: number;
}

export interface StationAddress {
  id: string;
  host: string;
  port: number;
}

declare const lessonBoard: {
  setConditions(stationId: string, verdict: "go" | "caution" | "no-go"): void;
};

function parseSample(stationId: string, payload: string): WindSample {
  const fields = Object.fromEntries(
    payload
      .trim()
      .split(";")
      .map((kv) => kv.split("=") as [string, string]),
  );
  return {
    stationId,
    knots: Number(fields.avg ?? 0),
    gustKnots: Number(fields.gust ?? 0),
    directionDeg: Number(fields.dir ?? 0),
  };
}

export function readStation(address: StationAddress): Promise<WindSample> {
  return new Promise<WindSample>((resolve) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000);
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
    });
    socket.on("end", () => {
      const payload = Buffer.concat(chunks).toString("ascii");
      resolve(parseSample(address.id, payload));
    });
    socket.connect(address.port, address.host, () => {
      socket.write("SAMPLE\r\n");
    });
  });
}

export function classify(sample: WindSample): "go" | "caution" | "no-go" {
  const gustFactor = sample.gustKnots - sample.knots;
  if (sample.knots < 10) return "no-go";
  if (sample.knots > 30 || gustFactor > 12) return "no-go";
  if (sample.knots > 24 || gustFactor > 8) return "caution";
  const offshore = sample.directionDeg > 90 && sample.directionDeg < 270;
  return offshore ? "caution" : "go";
}

export async function refreshBeachConditions(stations: StationAddress[]): Promise<Map<string, WindSample>> {
  const results = new Map<string, WindSample>();
  for (const station of stations) {
    const sample = await readStation(station);
    results.set(station.id, sample);
    lessonBoard.setConditions(station.id, classify(sample));
  }
  return results;
}

export function strongestGust(samples: Iterable<WindSample>): WindSample | undefined {
  let best: WindSample | undefined;
  for (const s of samples) {
    if (!best || s.gustKnots > best.gustKnots) best = s;
  }
  return best;
}
