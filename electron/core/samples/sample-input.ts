/** What every sample is filled in with. The username was checked against KIT_USERNAME_SHAPE, the key against shared/app-key-shape.ts (no quotes, no escapes). */
import type { KitHosts } from './hosts.js';

export interface SampleInput {
  readonly username: string;
  readonly appKey: string;
  readonly hosts: KitHosts;
}
