export default definePageConfig({ navigationBarTitleText: 'bundle' })
