export {
  ResourceSearchResultListItem,
  isOnboardingResourceResult,
} from './ResourceSearchResultListItem';
export type { ResourceSearchResultListItemProps } from './ResourceSearchResultListItem';
