/**
 * What the tests of fact source modules share: starting a module in a test backend,
 * a recording logger, and watching for secrets in what sources say.
 *
 * @packageDocumentation
 */
export * from './gatherFacts';
export * from './recordingLogger';
export * from './secretWatch';
export * from './sourceConfig';
export * from './startFactSourceModule';
