export * from './StepCharts';
