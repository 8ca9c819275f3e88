// Who is acting. Every exported domain function takes an actor and checks it (STYLE.md). Sign-in
// turns a session into a user actor; seeds, imports and jobs act as the system.
import type { Role } from "@/lib/generated/prisma/client";

export type Actor =
  /** Anyone, signed in or not: reads what is public. */
  | { kind: "public"; clientAddress?: string | null }
  | { kind: "system"; label: string }
  | {
      kind: "user";
      userId: string;
      displayName: string;
      prefectureId: number;
      role: Role;
      organisationId: number | null;
      healthCenterId: number | null;
      /** The server-side session the request came with (absent for tests and jobs). */
      sessionId?: string;
      /** The personal API token the request came with (API route handlers only; ADR 0016). */
      apiTokenId?: string;
      /** The request's client address (lib/http/client-address.ts); audit rows record it. */
      clientAddress?: string | null;
    };

export type UserActor = Extract<Actor, { kind: "user" }>;

export function systemActor(label = "system"): Actor {
  return { kind: "system", label };
}

export const publicActor: Actor = { kind: "public" };

export function actorLabel(actor: Actor): string {
  if (actor.kind === "system") return actor.label;
  if (actor.kind === "public") return "anonymous";
  return actor.displayName;
}

/** The client address the actor's request came from, if it came through a request. */
export function actorClientAddress(actor: Actor): string | null {
  return actor.kind === "system" ? null : (actor.clientAddress ?? null);
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/**
 * The actor of a user as their membership makes them: the one shape sessions (lib/auth/current.ts)
 * and API tokens (lib/auth/api-tokens.ts) both build, so a token acts exactly as its user.
 */
export function userActorOf(
  user: { id: string; displayName: string },
  membership: { prefectureId: number; role: Role; organisationId: number | null; healthCenterId: number | null },
  via: { sessionId?: string; apiTokenId?: string; clientAddress?: string | null },
): UserActor {
  return {
    kind: "user",
    userId: user.id,
    displayName: user.displayName,
    prefectureId: membership.prefectureId,
    role: membership.role,
    organisationId: membership.organisationId,
    healthCenterId: membership.healthCenterId,
    ...via,
  };
}
