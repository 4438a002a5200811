export default definePageConfig({
  navigationBarTitleText: '湾事通·江门专区',
  enableShareAppMessage: true
})
