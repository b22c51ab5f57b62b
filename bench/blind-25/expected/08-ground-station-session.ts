// expect: none
// The connection promise is started once in the constructor and deliberately awaited by every command as a shared readiness gate; each command is a fresh call.
import { Socket, createConnection } from 'node:net';
import { once } from 'node:events';

export interface PassWindow {
  satelliteId: string;
  aosUtc: number;
  losUtc: number;
  maxElevationDeg: number;
}

declare function loadEphemeris(satelliteId: string): Promise<PassWindow[]>;
declare function loadAntennaLimits(stationId: string): Promise<{ minElevationDeg: number }>;

export class GroundStationSession {
  private readonly socket: Socket;
  private readonly connected: Promise<void>;
  private seq = 0;

  constructor(private readonly stationId: string, host: string, port: number) {
    this.socket = createConnection({ host, port });
    this.connected = once(this.socket, 'connect').then(() => undefined);
    this.connected.catch(() => {});
  }

  private async send(command: string): Promise<string> {
    await this.connected;
    const id = ++this.seq;
    this.socket.write(`${id} ${command}\n`);
    for (;;) {
      const [chunk] = (await once(this.socket, 'data')) as [Buffer];
      const line = chunk.toString('utf8').trim();
      if (line.startsWith(`${id} `)) return line.slice(String(id).length + 1);
    }
  }

  async pointAt(azimuthDeg: number, elevationDeg: number): Promise<void> {
    const reply = await this.send(`POINT ${azimuthDeg.toFixed(2)} ${elevationDeg.toFixed(2)}`);
    if (reply !== 'OK') throw new Error(`antenna refused pointing: ${reply}`);
  }

  async enableUplink(frequencyMHz: number): Promise<void> {
    const reply = await this.send(`UPLINK ON ${frequencyMHz}`);
    if (reply !== 'OK') throw new Error(`uplink failed: ${reply}`);
  }

  async planPasses(satelliteId: string): Promise<PassWindow[]> {
    const [passes, limits] = await Promise.all([
      loadEphemeris(satelliteId),
      loadAntennaLimits(this.stationId),
      this.connected,
    ]);
    return passes
      .filter((p) => p.maxElevationDeg >= limits.minElevationDeg && p.losUtc > Date.now())
      .sort((a, b) => a.aosUtc - b.aosUtc);
  }

  async close(): Promise<void> {
    await this.connected.catch(() => {});
    this.socket.end();
    if (!this.socket.closed) await once(this.socket, 'close');
  }
}
