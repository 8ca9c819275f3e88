// The one gate every mail the portal sends on someone's request passes through (invitations now,
// password resets next): per recipient, and per sender (administrator) or client address
// (lib/throttle/rules.ts mailLimits). Call it inside the transaction that queues the mail, so a
// refused or failed request does not use up the allowance.
//
// For password resets: call it for every request, before looking the account up, with the address
// that was typed — so the answer (and its timing) is the same whether or not an account exists.
import "server-only";
import { TooManyRequestsError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { mailLimits, type MailKind } from "@/lib/throttle/rules";
import { countAttempt, type ThrottleClient } from "@/lib/throttle/store";

export async function assertMailAllowed(
  tx: ThrottleClient,
  kind: MailKind,
  recipient: string,
  sender: { userId: string } | { address: string | null },
): Promise<void> {
  const outcome = await countAttempt(tx, mailLimits(kind, recipient, sender));
  if (outcome.exceeded.length) throw new TooManyRequestsError(throttleMessages.mail(outcome.retryAfterSeconds), outcome.retryAfterSeconds);
}
