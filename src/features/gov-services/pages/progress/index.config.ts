export default definePageConfig({ navigationBarTitleText: 'progress' })
