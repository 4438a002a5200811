export { HAS_HOST_MAP, HostMap, type HostMapProps, type MapPlace } from './host-map-mini'
