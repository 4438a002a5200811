export default definePageConfig({ navigationBarTitleText: 'guide' })
