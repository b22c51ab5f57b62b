// expect: no-multiple-settle
// The 'expired' branch of the reply handler deletes the pending request and logs, but never settles the stored deferred, so its caller waits forever.
import { EventEmitter } from "node:events";

export interface CrossmatchRequest {
  donorId: string;
  recipientId: string;
  organ: "kidney" | "liver" | "heart" | "lung" | "pancreas";
  hlaTyping: string[];
}

export interface CrossmatchResult {
  requestId: string;
  compatible: boolean;
  virtualPra: number;
  flaggedAntibodies: string[];
}

type LabReply =
  | { kind: "result"; requestId: string; result: CrossmatchResult }
  | { kind: "rejected"; requestId: string; reason: string }
  | { kind: "expired"; requestId: string; sampleAgeHours: number };

interface Pending {
  resolve: (result: CrossmatchResult) => void;
  reject: (err: Error) => void;
  submittedAt: number;
  request: CrossmatchRequest;
}

declare const labChannel: EventEmitter & {
  submit(requestId: string, payload: CrossmatchRequest): void;
};

declare const auditTrail: {
  note(event: string, details: Record<string, unknown>): void;
};

export class CrossmatchQueue {
  private readonly pending = new Map<string, Pending>();
  private sequence = 0;

  constructor() {
    labChannel.on("reply", (reply: LabReply) => this.handleReply(reply));
    labChannel.on("disconnect", () => this.failAll(new Error("histocompatibility lab disconnected")));
  }

  request(req: CrossmatchRequest): Promise<CrossmatchResult> {
    const requestId = `XM-${Date.now().toString(36)}-${++this.sequence}`;
    return new Promise<CrossmatchResult>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, submittedAt: Date.now(), request: req });
      auditTrail.note("crossmatch.submitted", { requestId, donorId: req.donorId, recipientId: req.recipientId });
      labChannel.submit(requestId, req);
    });
  }

  private handleReply(reply: LabReply): void {
    const entry = this.pending.get(reply.requestId);
    if (!entry) {
      auditTrail.note("crossmatch.orphan-reply", { requestId: reply.requestId, kind: reply.kind });
      return;
    }
    const elapsedMs = Date.now() - entry.submittedAt;

    switch (reply.kind) {
      case "result":
        this.pending.delete(reply.requestId);
        auditTrail.note("crossmatch.result", { requestId: reply.requestId, elapsedMs });
        entry.resolve(reply.result);
        break;
      case "rejected":
        this.pending.delete(reply.requestId);
        auditTrail.note("crossmatch.rejected", { requestId: reply.requestId, reason: reply.reason });
        entry.reject(new Error(`crossmatch ${reply.requestId} rejected by lab: ${reply.reason}`));
        break;
      case "expired":
        this.pending.delete(reply.requestId);
        auditTrail.note("crossmatch.sample-expired", {
          requestId: reply.requestId,
          donorId: entry.request.donorId,
          sampleAgeHours: reply.sampleAgeHours,
        });
        break;
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(err);
    }
  }

  async rankRecipients(donorId: string, candidates: CrossmatchRequest[]): Promise<CrossmatchResult[]> {
    const results = await Promise.all(candidates.map((c) => this.request({ ...c, donorId })));
    return results
      .filter((r) => r.compatible)
      .sort((a, b) => a.virtualPra - b.virtualPra);
  }
}
