import { CriterionReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CriterionItem } from './CriterionItem';

/** Criteria as a list, under an optional heading; nothing at all when there are none. */
export function CriterionList(props: {
  title?: string;
  results: CriterionReport[];
  detailed?: boolean;
}) {
  if (props.results.length === 0) return null;
  return (
    <Box mt={1} width="100%">
      {props.title && (
        <Typography variant="subtitle2" component="h4">
          {props.title}
        </Typography>
      )}
      <Box component="ul" p={0} m={0}>
        {props.results.map(result => (
          <CriterionItem
            key={result.id}
            result={result}
            detailed={props.detailed}
          />
        ))}
      </Box>
    </Box>
  );
}
