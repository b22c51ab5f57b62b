// expect: no-uncalled-async-function
// applyUpdate awaits this.verifyBank (the method itself) instead of calling it, so a corrupt bank is activated unchecked.
import { createHash } from 'node:crypto';

export interface FirmwareImage {
  version: string;
  tariffSchemaVersion: number;
  payload: Uint8Array;
  sha256: string;
}

export interface MeterIdentity {
  serial: string;
  cabNumber: string;
  activeBank: 'A' | 'B';
  firmwareVersion: string;
  sealIntact: boolean;
}

declare const meterLink: {
  identify(serial: string): Promise<MeterIdentity>;
  enterBootloader(serial: string): Promise<void>;
  writeBlock(serial: string, bank: 'A' | 'B', offset: number, data: Uint8Array): Promise<void>;
  readBankDigest(serial: string, bank: 'A' | 'B'): Promise<string>;
  activateBank(serial: string, bank: 'A' | 'B'): Promise<void>;
  reboot(serial: string): Promise<void>;
};

declare const regulatorAudit: {
  recordFirmwareChange(entry: { serial: string; cab: string; from: string; to: string; at: string }): Promise<void>;
};

const BLOCK_SIZE = 4096;

export class FirmwareMismatch extends Error {
  constructor(serial: string, expected: string, actual: string) {
    super(`meter ${serial}: bank digest ${actual.slice(0, 12)} does not match image ${expected.slice(0, 12)}`);
    this.name = 'FirmwareMismatch';
  }
}

export class MeterUpdater {
  private target: 'A' | 'B' = 'B';

  constructor(private readonly serial: string, private readonly image: FirmwareImage) {
    const digest = createHash('sha256').update(image.payload).digest('hex');
    if (digest !== image.sha256) throw new Error(`image ${image.version} is corrupt before upload`);
  }

  private async writeImage(): Promise<void> {
    for (let offset = 0; offset < this.image.payload.length; offset += BLOCK_SIZE) {
      const block = this.image.payload.subarray(offset, offset + BLOCK_SIZE);
      await meterLink.writeBlock(this.serial, this.target, offset, block);
    }
  }

  private verifyBank = async (): Promise<void> => {
    const digest = await meterLink.readBankDigest(this.serial, this.target);
    if (digest !== this.image.sha256) throw new FirmwareMismatch(this.serial, this.image.sha256, digest);
  };

  async applyUpdate(): Promise<MeterIdentity> {
    const before = await meterLink.identify(this.serial);
    if (!before.sealIntact) throw new Error(`meter ${this.serial} seal broken; inspection required before update`);
    if (before.firmwareVersion === this.image.version) return before;
    this.target = before.activeBank === 'A' ? 'B' : 'A';

    await meterLink.enterBootloader(this.serial);
    await this.writeImage();
    await this.verifyBank;
    await meterLink.activateBank(this.serial, this.target);
    await meterLink.reboot(this.serial);

    const after = await meterLink.identify(this.serial);
    if (after.firmwareVersion !== this.image.version) {
      throw new Error(`meter ${this.serial} still reports ${after.firmwareVersion} after update`);
    }
    await regulatorAudit.recordFirmwareChange({
      serial: this.serial,
      cab: after.cabNumber,
      from: before.firmwareVersion,
      to: after.firmwareVersion,
      at: new Date().toISOString(),
    });
    return after;
  }
}

export async function updateFleet(serials: string[], image: FirmwareImage): Promise<string[]> {
  const failed: string[] = [];
  for (const serial of serials) {
    try {
      await new MeterUpdater(serial, image).applyUpdate();
    } catch {
      failed.push(serial);
    }
  }
  return failed;
}
