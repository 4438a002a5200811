// The module's only way to domain data: the backend boundary.
export { appealsApi } from '@/backend/appeals'
