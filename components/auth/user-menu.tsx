import { connection } from "next/server";
import { PageLink } from "@/components/ui/page-link";
import { signOutAction } from "@/app/(public)/login/actions";
import { getSessionView } from "@/lib/auth/session-view";
import { authMessages as m } from "@/lib/auth/messages";
import { AccountLink } from "./account-link";
import { SessionTimeout } from "./session-timeout";

/**
 * Who is signed in (name and role) with their アカウント (password, 二段階認証, API tokens) and
 * ログアウト, or a ログイン link. Never breaks the shell.
 */
export async function UserMenu() {
  await connection();
  const view = await getSessionView();
  if (!view) {
    return (
      <PageLink href="/login" className="text-std-16N-170">
        {m.signIn}
      </PageLink>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <span className="text-dns-14N-130 text-solid-gray-800">{m.signedInAs(view.displayName, m.roles[view.role] ?? view.role)}</span>
      <AccountLink />
      <form action={signOutAction}>
        <button type="submit" className="min-h-11 rounded-8 border border-solid-gray-600 px-4 text-dns-14B-130 text-solid-gray-900 hover:underline">
          {m.signOut}
        </button>
      </form>
      <SessionTimeout idleExpiresAt={view.idleExpiresAt} />
    </div>
  );
}
