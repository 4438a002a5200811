export default definePageConfig({ navigationBarTitleText: '园区与平台', enablePullDownRefresh: true })
