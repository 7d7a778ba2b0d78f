import '@testing-library/jest-dom';

// Component tests render a whole Backstage app; on a busy 2-core CI machine they need time.
jest.setTimeout(30_000);
