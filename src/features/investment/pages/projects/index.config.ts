export default definePageConfig({ navigationBarTitleText: '招商项目', enablePullDownRefresh: true })
