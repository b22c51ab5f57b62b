// expect: none
// inviteOne is passed as a callback to map, which calls it for each address, so Promise.allSettled receives real promises and rejected invites are reported.
export interface InviteResult {
  email: string;
  inviteId: string;
}

declare const directory: {
  findUserByEmail(email: string): Promise<{ id: string } | null>;
  createInvite(input: { email: string; orgId: string; role: 'member' | 'admin'; invitedBy: string }): Promise<{ id: string }>;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function inviteMembers(
  orgId: string,
  invitedBy: string,
  emails: string[],
): Promise<{ invited: InviteResult[]; failed: Array<{ email: string; reason: string }> }> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))].filter((e) => EMAIL.test(e));

  const inviteOne = async (email: string): Promise<InviteResult> => {
    const existing = await directory.findUserByEmail(email);
    if (existing) {
      throw new Error('already a member');
    }
    const invite = await directory.createInvite({ email, orgId, role: 'member', invitedBy });
    return { email, inviteId: invite.id };
  };

  const outcomes = await Promise.allSettled(unique.map(inviteOne));

  const invited: InviteResult[] = [];
  const failed: Array<{ email: string; reason: string }> = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') {
      invited.push(outcome.value);
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      failed.push({ email: unique[i], reason });
    }
  });

  console.info(`[invites] org ${orgId}: ${invited.length} invited, ${failed.length} failed`);
  return { invited, failed };
}
