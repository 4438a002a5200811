// Import Taro first: importing it later through a component triggers a circular import.
import '@tarojs/taro'
