import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { authMessages as m } from "@/lib/auth/messages";

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
    </>
  );
}
