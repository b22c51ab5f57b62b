// expect: no-unobserved-promise
// The coverage check promise is created first but only awaited after the slot hold is awaited; if it rejects during that wait it has no handler.
export interface BookingRequest {
  patientId: string;
  providerId: string;
  start: Date;
  durationMin: number;
  payerId?: string;
}

export interface Coverage {
  active: boolean;
  copayCents: number;
  requiresReferral: boolean;
}

export interface SlotHold {
  holdId: string;
  expiresAt: Date;
}

declare const eligibility: {
  verify(patientId: string, payerId: string, serviceDate: Date): Promise<Coverage>;
};

declare const scheduler: {
  hold(providerId: string, start: Date, durationMin: number): Promise<SlotHold>;
  confirm(holdId: string, patientId: string, notes: Record<string, unknown>): Promise<{ appointmentId: string }>;
  release(holdId: string): Promise<void>;
};

declare const referrals: {
  hasOpenReferral(patientId: string, providerId: string): Promise<boolean>;
};

export class BookingError extends Error {
  constructor(
    message: string,
    readonly code: 'NO_COVERAGE' | 'REFERRAL_REQUIRED' | 'SLOT_TAKEN',
  ) {
    super(message);
  }
}

const SELF_PAY: Coverage = { active: true, copayCents: 0, requiresReferral: false };

export async function bookAppointment(req: BookingRequest): Promise<{ appointmentId: string; copayCents: number }> {
  const coverageCheck = req.payerId ? eligibility.verify(req.patientId, req.payerId, req.start) : Promise.resolve(SELF_PAY);

  let hold: SlotHold;
  try {
    hold = await scheduler.hold(req.providerId, req.start, req.durationMin);
  } catch (err) {
    throw new BookingError(`slot unavailable: ${(err as Error).message}`, 'SLOT_TAKEN');
  }

  try {
    const coverage = await coverageCheck;
    if (!coverage.active) {
      throw new BookingError('coverage inactive for service date', 'NO_COVERAGE');
    }
    if (coverage.requiresReferral) {
      const ok = await referrals.hasOpenReferral(req.patientId, req.providerId);
      if (!ok) {
        throw new BookingError('referral required for this provider', 'REFERRAL_REQUIRED');
      }
    }

    const { appointmentId } = await scheduler.confirm(hold.holdId, req.patientId, {
      payerId: req.payerId ?? 'self-pay',
      copayCents: coverage.copayCents,
    });
    return { appointmentId, copayCents: coverage.copayCents };
  } catch (err) {
    await scheduler.release(hold.holdId);
    throw err;
  }
}
