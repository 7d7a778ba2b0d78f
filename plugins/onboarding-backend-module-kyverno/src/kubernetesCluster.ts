import { Config, ConfigReader } from '@backstage/config';

const SOURCE_PATH = 'onboarding.sources.kyverno';

/**
 * The Kyverno source's connection, preferring the portal's own Kubernetes configuration:
 * when `onboarding.sources.kyverno.cluster` names a cluster of `kubernetes.clusterLocatorMethods`
 * (type `config`), its `url` and `serviceAccountToken` are used unless the source gives its
 * own `baseUrl`/`token`. Returns the root config with those filled in, for the shared reader.
 */
export function withKubernetesCluster(root: Config): Config {
  const source = root.getOptionalConfig(SOURCE_PATH);
  const clusterName = source?.getOptionalString('cluster');
  if (!source || !clusterName) return root;
  const clusters = (
    root.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? []
  )
    .filter(method => method.getOptionalString('type') === 'config')
    .flatMap(method => method.getOptionalConfigArray('clusters') ?? []);
  const cluster = clusters.find(
    c => c.getOptionalString('name') === clusterName,
  );
  if (!cluster) {
    throw new Error(
      `Invalid config at '${SOURCE_PATH}.cluster': no cluster named '${clusterName}' in kubernetes.clusterLocatorMethods (type config); known: ${
        clusters.map(c => c.getOptionalString('name')).join(', ') || 'none'
      }`,
    );
  }
  const token = cluster.getOptionalString('serviceAccountToken');
  const filled = {
    ...source.get<object>(),
    baseUrl: source.getOptionalString('baseUrl') ?? cluster.getString('url'),
    ...(source.has('token') || !token ? {} : { token }),
  };
  // The source's own section wins; the cluster only fills what it leaves out.
  return new ConfigReader({ onboarding: { sources: { kyverno: filled } } });
}
