// expect: no-floating-promises
// onPacket calls the async archive.append as a bare statement, so a failed write is an unhandled rejection and frames are silently lost.
import { createSocket, type Socket } from 'node:dgram';

export interface Frame {
  flightId: string;
  seq: number;
  altitudeM: number;
  lat: number;
  lon: number;
  tempC: number;
  batteryV: number;
}

interface TrackPoint {
  seq: number;
  lat: number;
  lon: number;
  altitudeM: number;
}

declare const archive: {
  append(flightId: string, frame: Frame): Promise<void>;
};

declare const recoveryTeam: {
  predictedLanding(track: TrackPoint[]): { lat: number; lon: number } | undefined;
};

export function decodeFrame(raw: Buffer): Frame | undefined {
  const text = raw.toString('ascii').trim();
  const match = /^\$\$([A-Z0-9-]+),(\d+),(-?\d+),(-?\d+\.\d+),(-?\d+\.\d+),(-?\d+\.?\d*),(\d+\.\d+)\*([0-9A-F]{2})$/.exec(text);
  if (!match) return undefined;
  const body = text.slice(2, text.lastIndexOf('*'));
  let checksum = 0;
  for (const ch of body) checksum ^= ch.charCodeAt(0);
  if (checksum !== parseInt(match[8], 16)) return undefined;
  return {
    flightId: match[1],
    seq: Number(match[2]),
    altitudeM: Number(match[3]),
    lat: Number(match[4]),
    lon: Number(match[5]),
    tempC: Number(match[6]),
    batteryV: Number(match[7]),
  };
}

export class GroundStation {
  readonly stats = { received: 0, dropped: 0, duplicate: 0 };
  private readonly track: TrackPoint[] = [];
  private lastSeq = -1;
  private socket?: Socket;

  constructor(
    private readonly flightId: string,
    private readonly port = 7373,
  ) {}

  listen(): void {
    this.socket = createSocket('udp4');
    this.socket.on('message', this.onPacket);
    this.socket.on('error', (err) => {
      this.stats.dropped += 1;
      console.error(`ground station socket error: ${err.message}`);
    });
    this.socket.bind(this.port);
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }

  landingEstimate(): { lat: number; lon: number } | undefined {
    return recoveryTeam.predictedLanding(this.track);
  }

  private onPacket = (raw: Buffer) => {
    const frame = decodeFrame(raw);
    if (!frame || frame.flightId !== this.flightId) {
      this.stats.dropped += 1;
      return;
    }
    if (frame.seq <= this.lastSeq) {
      this.stats.duplicate += 1;
      return;
    }
    this.lastSeq = frame.seq;
    this.stats.received += 1;
    archive.append(this.flightId, frame);
    this.track.push({ seq: frame.seq, lat: frame.lat, lon: frame.lon, altitudeM: frame.altitudeM });
    if (this.track.length > 2000) this.track.splice(0, this.track.length - 2000);
  };
}
