/** One requirement of a Kubernetes equality-based label selector. */
type Requirement =
  | { key: string; op: 'eq' | 'ne'; value: string }
  | { key: string; op: 'exists' | 'absent' };

const KEY =
  /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/**
 * Parses the equality-based label selectors Kubernetes and Argo CD accept (`a=b`, `a==b`,
 * `a!=b`, `a`, `!a`, comma-separated). Returns an error text for anything else
 * (including set-based `in (…)`, which no source of this simulator sends).
 */
export function parseLabelSelector(
  selector: string,
): Requirement[] | { error: string } {
  const requirements: Requirement[] = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const match = /^(!?)([^=!]+?)\s*(?:(==|=|!=)\s*(.*))?$/.exec(part);
    const key = match?.[2];
    if (!match || !key || !KEY.test(key) || (match[1] && match[3])) {
      return { error: `unable to parse requirement: ${JSON.stringify(part)}` };
    }
    if (!match[3]) {
      requirements.push({ key, op: match[1] ? 'absent' : 'exists' });
    } else if (!VALUE.test(match[4])) {
      return { error: `invalid label value: ${JSON.stringify(match[4])}` };
    } else {
      requirements.push({
        key,
        op: match[3] === '!=' ? 'ne' : 'eq',
        value: match[4],
      });
    }
  }
  return requirements;
}

/** Whether labels satisfy every requirement. */
export function matchesLabels(
  requirements: Requirement[],
  labels: Record<string, string> = {},
): boolean {
  return requirements.every(r => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case 'absent':
        return !has;
      case 'eq':
        return has && labels[r.key] === r.value;
      default:
        return !has || labels[r.key] !== r.value;
    }
  });
}
