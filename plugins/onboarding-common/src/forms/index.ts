export * from './forms';
export * from './answers';
export * from './formCriteria';
export * from './markdown';
