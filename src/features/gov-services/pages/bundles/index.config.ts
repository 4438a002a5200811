export default definePageConfig({ navigationBarTitleText: 'bundles' })
