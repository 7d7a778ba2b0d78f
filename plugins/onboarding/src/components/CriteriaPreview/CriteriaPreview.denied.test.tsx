import { screen } from '@testing-library/react';
import { renderCriteriaPreview } from '../../__testUtils__/renderCriteriaPreview';

// Its own file: the permission answer is cached for the whole test file.
describe('CriteriaPreview without onboarding.criteria.preview', () => {
  it('tells the user, shows no form and asks nothing', async () => {
    const calls = await renderCriteriaPreview({ allowed: false });
    expect(
      await screen.findByText(
        /needs the onboarding.criteria.preview permission/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(calls).not.toContain('previewCriteria');
  });
});
