export default definePageConfig({ navigationBarTitleText: '人才住房', enablePullDownRefresh: true })
