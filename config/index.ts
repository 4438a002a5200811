import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import pkg from '../package.json'
import devConfig from './dev'
import prodConfig from './prod'

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wanshitong-jiangmen',
    date: '2026-11-22',
    // 375 so that 1px in styles is one CSS px at a 375 px wide viewport (the elder-mode numbers use it)
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // DIST_ROOT lets several builds run side by side (default dist/)
    outputRoot: `${process.env.DIST_ROOT ?? 'dist'}/${process.env.TARO_ENV}`,
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    plugins: [],
    defineConstants: { 'process.env.TARO_APP_VERSION': JSON.stringify(pkg.version) },
    // the map markers (a 166-byte PNG, components/host-map-mini.tsx): the mini-program maps take a file path, not
    // inline data
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? []
          : [
              {
                from: 'src/assets/',
                to: `${process.env.DIST_ROOT ?? 'dist'}/${process.env.TARO_ENV}/assets/`
              }
            ],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes): the
    // catalogue is mostly Chinese, so escaping nearly doubles the subpackage
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // modules used only by subpackages ship in those subpackages, not in the main package
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false }
      },
      // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of the
      // module code and catalogue it shares with its siblings; split what async pages share once
      webpackChain(chain) {
        // the HTTP backend's modules only define things: an embedded build, which never calls them, then leaves
        // them (and the fetch polyfills Taro's request brings on H5) out of the bundle
        chain.module
          .rule('backend-http')
          .test(/src[\\/]backend[\\/]http[\\/]/)
          .set('sideEffects', false)
        const split = chain.optimization.get('splitChunks')
        if (!split) return
        chain.optimization.splitChunks({
          ...split,
          cacheGroups: {
            ...split.cacheGroups,
            sharedAsync: { chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true }
          }
        })
      }
    }
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
