export default definePageConfig({ navigationBarTitleText: '景点', enablePullDownRefresh: true })
