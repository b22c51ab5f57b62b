// expect: none
// exchange listens for the matching frame, 'error', 'close' and a timeout, and one cleanup() removes every listener and clears the timer before settling.
import { EventEmitter } from "node:events";

export interface MountFrame {
  seq: number;
  kind: "ack" | "nak" | "position";
  payload: string;
}

export interface EquatorialTarget {
  raHours: number;
  decDegrees: number;
}

declare function openSerialLink(device: string, baud: number): EventEmitter & {
  write(line: string): boolean;
  close(): void;
};

const DEFAULT_ACK_TIMEOUT_MS = 4_000;

export class MountController {
  private seq = 0;
  private readonly link: ReturnType<typeof openSerialLink>;

  constructor(device = "/dev/ttyUSB0", baud = 115_200) {
    this.link = openSerialLink(device, baud);
  }

  private exchange(seq: number, line: string, timeoutMs: number): Promise<MountFrame> {
    const link = this.link;
    return new Promise<MountFrame>((resolve, reject) => {
      const onFrame = (frame: MountFrame) => {
        if (frame.seq !== seq) return;
        cleanup();
        if (frame.kind === "nak") {
          reject(new Error(`mount refused command #${seq}: ${frame.payload}`));
        } else {
          resolve(frame);
        }
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`serial link closed while waiting for #${seq}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no acknowledgement for #${seq} after ${timeoutMs} ms`));
      }, timeoutMs);

      function cleanup() {
        clearTimeout(timer);
        link.off("frame", onFrame);
        link.off("error", onError);
        link.off("close", onClose);
      }

      link.on("frame", onFrame);
      link.on("error", onError);
      link.on("close", onClose);
      try {
        link.write(line);
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  private async command(verb: string, args: string[] = [], timeoutMs = DEFAULT_ACK_TIMEOUT_MS) {
    const seq = ++this.seq;
    const line = `${seq} ${verb} ${args.join(" ")}`.trimEnd() + "\r\n";
    return this.exchange(seq, line, timeoutMs);
  }

  async slewTo(target: EquatorialTarget): Promise<void> {
    if (target.decDegrees < -90 || target.decDegrees > 90) {
      throw new RangeError(`declination out of range: ${target.decDegrees}`);
    }
    const ra = (((target.raHours % 24) + 24) % 24).toFixed(4);
    await this.command("SLEW", [ra, target.decDegrees.toFixed(3)], 60_000);
  }

  async position(): Promise<EquatorialTarget> {
    const frame = await this.command("POS?");
    const [ra, dec] = frame.payload.split(/\s+/).map(Number);
    if (!Number.isFinite(ra) || !Number.isFinite(dec)) {
      throw new Error(`malformed position frame: ${frame.payload}`);
    }
    return { raHours: ra, decDegrees: dec };
  }

  async park(): Promise<void> {
    await this.command("PARK", [], 90_000);
    this.link.close();
  }
}
