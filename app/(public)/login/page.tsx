import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { authMessages as m } from "@/lib/auth/messages";
import { resetMessages } from "@/lib/auth/password-reset-messages";
import Link from "next/link";

export const metadata: Metadata = { title: m.signInTitle };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await connection();
  const { next } = await searchParams;
  const target = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  if ((await getActor()).kind === "user") redirect(target);
  return (
    <>
      <PageHeading title={m.signInTitle} lead={m.signInLead} />
      <SignInForm next={target} />
      <p className="mt-6 text-std-16N-170">
        <Link href="/password-reset" className="text-blue-1000 underline">
          {resetMessages.forgotLink}
        </Link>
      </p>
    </>
  );
}
