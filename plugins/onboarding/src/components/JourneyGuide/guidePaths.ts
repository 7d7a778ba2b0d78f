import { StepNumber } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** Sub-paths of the onboarding page, relative to where it is mounted. */
export const GUIDE_PATH = 'parcours';
export const SUPPORT_PATH = 'support';

const under = (base: string, ...parts: Array<string | number>) =>
  [base.replace(/\/+$/, ''), ...parts].join('/');

/** Links into the journey guide and the support cases, from the page's mount path. */
export function guidePaths(base: string) {
  return {
    page: base || '/',
    guide: under(base, GUIDE_PATH),
    step: (step: StepNumber) => under(base, GUIDE_PATH, step),
    support: under(base, SUPPORT_PATH),
    supportCase: (number: number) => under(base, SUPPORT_PATH, number),
  };
}

/** Links of the guide, as the page hands them to its views. */
export type GuidePaths = ReturnType<typeof guidePaths>;
