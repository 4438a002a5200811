export default definePageConfig({ navigationBarTitleText: 'catalogue' })
