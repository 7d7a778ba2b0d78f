export * from './trainingPath';
export * from './teamTraining';
