// Readiness: 200 while the database answers, 503 with a reason otherwise (load balancers use it).
import { checkReadiness } from "@/lib/health/queries";

export async function GET() {
  const result = await checkReadiness();
  const headers = { "cache-control": "no-store" };
  if (result.ready) return Response.json({ status: "ready" }, { headers });
  console.error(`[ready] database unreachable: ${result.detail}`);
  return Response.json(
    {
      status: "unavailable",
      reason: result.reason,
      error: { code: result.reason, message: "データベースに接続できません。しばらくしてから再度お試しください。" },
    },
    { status: 503, headers },
  );
}
