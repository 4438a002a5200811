export { HAS_HOST_MAP, PlaceHostMap, type PlaceHostMapProps } from './place-host-map-mini'
