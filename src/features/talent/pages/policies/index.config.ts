export default definePageConfig({ navigationBarTitleText: '人才政策' })
