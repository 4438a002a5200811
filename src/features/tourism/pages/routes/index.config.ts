export default definePageConfig({ navigationBarTitleText: '推荐线路', enablePullDownRefresh: true })
