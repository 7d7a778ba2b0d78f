import { render, screen } from '@testing-library/react';
import { LabelledSelect } from './LabelledSelect';

describe('LabelledSelect', () => {
  // WCAG 2.5.3 (label in name): named by its label alone, the field's name lacked the
  // value it shows, which axe reports as label-content-name-mismatch.
  it('is named by its label and the value it shows', () => {
    render(
      <LabelledSelect
        id="perimeter"
        label="Show resources for"
        value="all"
        options={[
          { value: 'all', label: 'All perimeters' },
          { value: 'moe', label: 'Project management' },
        ]}
        onChange={() => {}}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'Show resources for All perimeters' }),
    ).toBeInTheDocument();
  });
});
