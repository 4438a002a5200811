export default definePageConfig({ navigationBarTitleText: '文化活动', enablePullDownRefresh: true })
