import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** A titled part of a guide view: an h3 the region is named after. */
export function GuideSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Box component="section" mt={3} aria-labelledby={id}>
      <Typography variant="h6" component="h3" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** A plain bulleted list of texts. */
export function TextList({ items }: { items: string[] }) {
  return (
    <Typography variant="body2" component="ul" style={{ paddingLeft: 24 }}>
      {items.map(item => (
        <li key={item} style={{ marginBottom: 4 }}>
          {item}
        </li>
      ))}
    </Typography>
  );
}
