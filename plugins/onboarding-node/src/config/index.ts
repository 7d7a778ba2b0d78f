export * from './readToolConnection';
