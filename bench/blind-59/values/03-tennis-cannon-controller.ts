// expect: no-read-before-settle
// connect() sets this.firmware inside a 'data' handler and then immediately reads it to decide spin support, before any hello bytes can have arrived.
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';

export interface FirmwareInfo {
  major: number;
  minor: number;
  model: string;
}

export interface LaunchPlan {
  speedKph: number;
  elevationDeg: number;
  topspinRpm: number;
}

function parseHello(buf: Buffer): FirmwareInfo | undefined {
  const match = /^HELLO (\w+) v(\d+)\.(\d+)/.exec(buf.toString('ascii'));
  if (!match) return undefined;
  return { model: match[1], major: Number(match[2]), minor: Number(match[3]) };
}

export class CannonController {
  private socket?: Socket;
  private firmware?: FirmwareInfo;
  private supportsSpin = false;

  constructor(private readonly host: string, private readonly port = 4810) {}

  async connect(): Promise<void> {
    const socket = connect({ host: this.host, port: this.port });
    await once(socket, 'connect');
    this.socket = socket;

    socket.once('data', (buf: Buffer) => {
      this.firmware = parseHello(buf);
    });
    socket.write('HELLO?\n');

    // Spin wheels were added in firmware 3.x; older heads only do flat feeds.
    this.supportsSpin = (this.firmware?.major ?? 0) >= 3;
  }

  plan(level: 'junior' | 'club' | 'pro', drill: 'baseline' | 'volley' | 'lob'): LaunchPlan {
    const speed = { junior: 45, club: 80, pro: 120 }[level];
    const elevation = { baseline: 8, volley: 3, lob: 28 }[drill];
    const topspin = this.supportsSpin && drill !== 'volley' ? Math.round(speed * 18) : 0;
    return { speedKph: speed, elevationDeg: elevation, topspinRpm: topspin };
  }

  async fire(plan: LaunchPlan): Promise<void> {
    const socket = this.socket;
    if (!socket) throw new Error('cannon not connected');
    const line = `FIRE ${plan.speedKph} ${plan.elevationDeg} ${plan.topspinRpm}\n`;
    if (!socket.write(line)) await once(socket, 'drain');
  }

  async runDrill(level: 'junior' | 'club' | 'pro', drill: 'baseline' | 'volley' | 'lob', balls: number): Promise<number> {
    const plan = this.plan(level, drill);
    for (let i = 0; i < balls; i++) {
      await this.fire(plan);
      await new Promise<void>((resolve) => setTimeout(resolve, level === 'pro' ? 1_800 : 3_000));
    }
    return balls;
  }

  disconnect(): void {
    this.socket?.end();
    this.socket = undefined;
  }
}
