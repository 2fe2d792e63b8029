/** What every sample is filled in with. Values were checked against KIT_VALUE_SHAPE (no quotes, no escapes). */
import type { KitHosts } from '../hosts.js';

export interface SampleInput {
  readonly username: string;
  readonly appKey: string;
  readonly hosts: KitHosts;
}
