import useAsync from 'react-use/esm/useAsync';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { onboardingTranslationRef } from '../../translation';
import { LabelledSelect } from '../LabelledSelect';

/** Chooses the team whose maturity is shown, among the catalog's groups. */
export function OwnerPicker(props: {
  value?: string;
  onChange: (groupRef: string) => void;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const catalogApi = useApi(catalogApiRef);
  const groups = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'group' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.parent',
      ],
    });
    // Top-level groups first: their summaries cover their sub-teams.
    return items
      .map(g => ({
        ref: stringifyEntityRef(g),
        title: g.metadata.title ?? g.metadata.name,
        root: !g.spec?.parent,
      }))
      .sort(
        (a, b) =>
          Number(b.root) - Number(a.root) || a.title.localeCompare(b.title),
      );
  }, [catalogApi]);

  if (groups.loading) return <Progress />;
  if (groups.error) return <ResponseErrorPanel error={groups.error} />;
  if (!groups.value?.length)
    return <Typography>{t('page.noGroups')}</Typography>;
  const selected = props.value ?? groups.value[0].ref;
  if (!props.value) setTimeout(() => props.onChange(selected));
  return (
    <LabelledSelect
      id="onboarding-owner"
      label={t('page.ownerLabel')}
      value={selected}
      minWidth={260}
      onChange={props.onChange}
      options={groups.value.map(group => ({
        value: group.ref,
        label: group.title,
      }))}
    />
  );
}
