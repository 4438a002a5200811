export { HAS_HOST_MAP, HostMap, type HostMapProps } from './host-map-mini'
