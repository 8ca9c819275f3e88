// Liveness: the process serves requests. Touches nothing else.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
