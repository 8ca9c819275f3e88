// The public calculator's arithmetic as an API: anyone may ask what a menu would pay.
import { respond } from "@/lib/api/endpoint";
import { subsidyCalculationEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { calculateSubsidyFor } from "@/lib/subsidies/calculate";

export async function POST(request: Request): Promise<Response> {
  return respond(subsidyCalculationEndpoint, request, ({ body }) => calculateSubsidyFor(publicActor, body));
}
