// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  // Class fields as plain assignments: babel-preset-taro always compiles class fields, by default through
  // Babel's defineProperty helper, which then ships in the main package's vendors.js for ApiError's three
  // fields alone. No class of ours relies on define semantics (no accessor of the same name up the chain).
  assumptions: { setPublicClassFields: true },
  plugins: [require.resolve('./config/jsx-runtime-local')],
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
}
