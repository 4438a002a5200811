export default definePageConfig({ navigationBarTitleText: '人才资格自测' })
