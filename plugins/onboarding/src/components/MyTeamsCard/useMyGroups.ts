import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The groups of the signed-in user: the group refs among their ownership refs (the
 * sign-in resolver puts the user's memberOf groups there), in their order, each once.
 */
export function useMyGroups() {
  const identityApi = useApi(identityApiRef);
  return useAsyncRetry(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const groups = ownershipEntityRefs.filter(ref => {
      try {
        return parseEntityRef(ref).kind.toLocaleLowerCase('en') === 'group';
      } catch {
        return false; // not a ref: nothing to show for it
      }
    });
    return [...new Set(groups.map(ref => ref.toLocaleLowerCase('en')))];
  }, [identityApi]);
}
