export * from './types';
export * from './validateReview';
export * from './agreement';
