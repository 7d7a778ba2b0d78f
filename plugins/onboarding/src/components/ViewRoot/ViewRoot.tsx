import { ReactNode } from 'react';

/** The plugin's views, each marked on its root element. */
export type OnboardingView =
  | 'entity-card'
  | 'entity-content'
  | 'group-content'
  | 'template-card'
  | 'page';

/**
 * Marks the root element of one of the plugin's views with `data-onboarding-view`, so
 * that checks (the browser checks' accessibility scans) can tell the plugin's own
 * elements from Backstage's around them.
 */
export function ViewRoot({
  view,
  children,
}: {
  view: OnboardingView;
  children: ReactNode;
}) {
  return <div data-onboarding-view={view}>{children}</div>;
}
