// The account pages reach the user's records only through the backend boundary.
export { userApi } from '@/backend/user'
