import type { TestProject } from "vitest/node";
import { startTestCluster, type TestClusterInfo } from "./test-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    testCluster: TestClusterInfo;
  }
}

export default async function setup(project: TestProject) {
  const { info, dispose } = await startTestCluster();
  project.provide("testCluster", info);
  return dispose;
}
