export { JourneyStepper } from './JourneyStepper';
