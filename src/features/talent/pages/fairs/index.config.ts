export default definePageConfig({ navigationBarTitleText: '招聘会', enablePullDownRefresh: true })
