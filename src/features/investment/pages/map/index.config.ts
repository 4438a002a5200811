export default definePageConfig({ navigationBarTitleText: '园区地图' })
