// expect: none
// isSealed and the nitrogen reading are awaited before the if tests and comparisons, so the checks operate on the resolved boolean and number.
import { appendFile } from 'node:fs/promises';

export interface GloveboxVault {
  isSealed(vaultId: string): Promise<boolean>;
  oxygenPpm(vaultId: string): Promise<number>;
  openPort(vaultId: string, port: 'A' | 'B'): Promise<void>;
  closePort(vaultId: string, port: 'A' | 'B'): Promise<void>;
}

export interface TransferRequest {
  vaultId: string;
  sampleId: string;
  technician: string;
  port: 'A' | 'B';
}

export class ContaminationRisk extends Error {
  constructor(readonly vaultId: string, detail: string) {
    super(`vault ${vaultId}: ${detail}`);
    this.name = 'ContaminationRisk';
  }
}

const MAX_OXYGEN_PPM = 5;

export class SampleTransfer {
  constructor(
    private readonly vault: GloveboxVault,
    private readonly auditLog: string,
  ) {}

  async transfer(req: TransferRequest, move: () => Promise<void>): Promise<void> {
    const sealed = await this.vault.isSealed(req.vaultId);
    if (!sealed) {
      throw new ContaminationRisk(req.vaultId, 'seal integrity check failed');
    }
    const oxygen = await this.vault.oxygenPpm(req.vaultId);
    if (oxygen > MAX_OXYGEN_PPM) {
      throw new ContaminationRisk(req.vaultId, `O2 at ${oxygen} ppm (limit ${MAX_OXYGEN_PPM})`);
    }

    await this.audit(`${req.technician} opening port ${req.port} for ${req.sampleId} (O2 ${oxygen} ppm)`);
    await this.vault.openPort(req.vaultId, req.port);
    try {
      await move();
    } finally {
      await this.vault.closePort(req.vaultId, req.port);
    }

    if (!(await this.vault.isSealed(req.vaultId))) {
      await this.audit(`seal lost after transfer of ${req.sampleId}`);
      throw new ContaminationRisk(req.vaultId, 'seal lost after transfer');
    }
    await this.audit(`${req.sampleId} transferred, vault resealed`);
  }

  private async audit(line: string): Promise<void> {
    await appendFile(this.auditLog, `${new Date().toISOString()} ${line}\n`);
  }
}
