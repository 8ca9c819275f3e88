import { getRoute } from "@/lib/api/endpoint";
import { roadmapEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { toRoadmapResponse } from "@/lib/designations/api-schema";
import { getRoadmap } from "@/lib/designations/roadmap-queries";

export const GET = getRoute(roadmapEndpoint, async () => toRoadmapResponse(await getRoadmap(publicActor)));
