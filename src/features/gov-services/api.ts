// The module's only way to domain data: the backend boundary.
export { govApi } from '@/backend/gov'
export { userApi } from '@/backend/user'
