export default definePageConfig({ navigationBarTitleText: 'bookings' })
