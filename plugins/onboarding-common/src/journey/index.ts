export * from './steps';
export * from './perimeters';
export * from './resources';
export * from './journey';
export * from './configureResources';
export * from './guide';
