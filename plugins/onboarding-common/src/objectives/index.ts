export * from './types';
export * from './projection';
export * from './meetsTarget';
export * from './validateObjective';
