// expect: no-multiple-settle
// The async executor awaits issueUploadToken() before any settle path is wired, so a rejected token request leaves the returned promise pending forever.
import { EventEmitter } from "node:events";

export interface DamObservation {
  damId: string;
  surveyedAt: Date;
  heightCm: number;
  widthCm: number;
  activeLodge: boolean;
  photoKeys: string[];
}

export interface UploadReceipt {
  batchId: string;
  accepted: number;
  rejected: Array<{ damId: string; reason: string }>;
}

interface UploadSession extends EventEmitter {
  write(record: DamObservation): void;
  end(): void;
}

declare const credentials: {
  issueUploadToken(scope: string): Promise<string>;
};

declare const fieldPortal: {
  openSession(token: string, watershed: string): UploadSession;
};

declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_HEIGHT_CM = 450;
const MAX_WIDTH_CM = 12_000;

function validate(obs: DamObservation): string | null {
  if (Number.isNaN(obs.surveyedAt.getTime())) return "invalid survey timestamp";
  if (obs.heightCm <= 0 || obs.heightCm > MAX_HEIGHT_CM) return `height ${obs.heightCm}cm out of range`;
  if (obs.widthCm <= 0 || obs.widthCm > MAX_WIDTH_CM) return `width ${obs.widthCm}cm out of range`;
  if (obs.activeLodge && obs.photoKeys.length === 0) return "active lodge needs at least one photo";
  return null;
}

export function summarize(observations: DamObservation[]): { dams: number; active: number; meanHeightCm: number } {
  const dams = new Set(observations.map((o) => o.damId)).size;
  const active = observations.filter((o) => o.activeLodge).length;
  const meanHeightCm =
    observations.length === 0 ? 0 : observations.reduce((sum, o) => sum + o.heightCm, 0) / observations.length;
  return { dams, active, meanHeightCm: Math.round(meanHeightCm) };
}

export class SurveyUploader {
  constructor(private readonly watershed: string) {}

  upload(observations: DamObservation[]): Promise<UploadReceipt> {
    const valid: DamObservation[] = [];
    const locallyRejected: UploadReceipt["rejected"] = [];
    for (const obs of observations) {
      const problem = validate(obs);
      if (problem) locallyRejected.push({ damId: obs.damId, reason: problem });
      else valid.push(obs);
    }

    return new Promise<UploadReceipt>(async (resolve, reject) => {
      const token = await credentials.issueUploadToken(`survey:${this.watershed}`);
      const session = fieldPortal.openSession(token, this.watershed);

      const onReceipt = (receipt: UploadReceipt) => {
        session.off("error", onError);
        resolve({ ...receipt, rejected: [...locallyRejected, ...receipt.rejected] });
      };
      const onError = (err: Error) => {
        session.off("receipt", onReceipt);
        logger.warn("survey upload failed", { watershed: this.watershed, error: err.message });
        reject(err);
      };

      session.once("receipt", onReceipt);
      session.once("error", onError);
      for (const obs of valid) session.write(obs);
      session.end();
      logger.info("survey batch sent", { watershed: this.watershed, count: valid.length });
    });
  }
}
