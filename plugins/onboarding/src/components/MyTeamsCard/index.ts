export { MyTeamsCard } from './MyTeamsCard';
