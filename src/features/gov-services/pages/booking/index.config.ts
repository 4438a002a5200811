export default definePageConfig({ navigationBarTitleText: 'booking' })
