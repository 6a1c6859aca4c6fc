/**
 * A harness for scenario tests: a cluster with chosen components, objects created through the
 * client, virtual time moved by hand, and assertions made through the same client.
 */
import { parseAllDocuments } from 'yaml';
import { resolveResource, type ResourceInfo } from '../api/resources';
import type { KubeObject, Stored } from '../api/types';
import { Cluster, type ClusterOptions } from '../cluster/cluster';

export class TestCluster {
  readonly cluster: Cluster;

  constructor(opts: ClusterOptions = {}) {
    this.cluster = new Cluster(opts);
  }

  get client() {
    return this.cluster.client;
  }

  get clock() {
    return this.cluster.clock;
  }

  resource(typed: string): ResourceInfo {
    const r = resolveResource(this.cluster.api.resources, typed);
    if (!r) throw new Error(`unknown resource ${typed}`);
    return r;
  }

  /** Creates every object in a YAML (or JSON) text, in order. */
  create(manifest: string | KubeObject, namespace = 'default'): Stored[] {
    const objs = typeof manifest === 'string' ? parseAllDocuments(manifest).map((d) => d.toJS() as KubeObject).filter(Boolean) : [manifest];
    return objs.map((o) => {
      const r = this.cluster.api.resources.find((x) => x.kind === o.kind && (x.group ? `${x.group}/${x.version}` : x.version) === o.apiVersion);
      if (!r) throw new Error(`no resource for ${o.apiVersion} ${o.kind}`);
      const created = this.client.create(r, o, { namespace: o.metadata?.namespace ?? namespace });
      this.cluster.drain();
      return created;
    });
  }

  get<T extends object = KubeObject>(typed: string, name: string, namespace = 'default'): Stored<T> {
    return this.client.get<T>(this.resource(typed), name, { namespace });
  }

  list<T extends object = KubeObject>(typed: string, opts: { namespace?: string; labelSelector?: string; fieldSelector?: string } = {}): Stored<T>[] {
    return this.client.list<T>(this.resource(typed), opts).items;
  }

  advance(seconds: number): void {
    this.cluster.advance(seconds);
  }

  settle(maxSeconds = 120): number {
    return this.cluster.settle(maxSeconds);
  }

  /** Errors thrown by reconcilers (conflicts excluded): scenario tests expect none. */
  unexpectedErrors(): unknown[] {
    return this.cluster.loop.errors.filter((e) => (e.error as { reason?: string }).reason !== 'Conflict').map((e) => `${e.runnable} ${e.key}: ${String(e.error)}`);
  }
}
