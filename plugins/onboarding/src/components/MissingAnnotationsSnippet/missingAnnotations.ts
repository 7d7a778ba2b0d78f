import { CriterionReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * The annotations that would satisfy the criteria not met (failing, malformed or unknown),
 * with their example values; the first criterion to name an annotation gives its example.
 */
export function missingAnnotations(
  results: CriterionReport[],
): Record<string, string> {
  const annotations: Record<string, string> = {};
  for (const result of results) {
    if (!['fail', 'invalid', 'unknown'].includes(result.state)) continue;
    for (const [name, example] of Object.entries(
      result.remediation.annotations ?? {},
    )) {
      if (!(name in annotations)) annotations[name] = example;
    }
  }
  return annotations;
}
