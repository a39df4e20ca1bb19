// One great-circle distance for the functions and the app (the plate page orders stations with it).
export { distanceM } from '../../types/geo'
