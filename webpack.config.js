// The task pane (Excel add-in and web page): `npm run build` → dist/ with relative URLs; `webpack serve` → https://localhost:3000.
/* global require, module, __dirname, process */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack-cli loads this CommonJS file (package.json has no "type") */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

const devBaseUrl = 'https://localhost:3000/';

/** dist/manifest.xml points at the server that will host dist/ (ADDIN_BASE_URL, e.g. https://vankien.example.vn/). */
function manifestFor(content) {
  const base = process.env.ADDIN_BASE_URL ?? devBaseUrl;
  return content
    .toString()
    .split(devBaseUrl)
    .join(base.endsWith('/') ? base : `${base}/`);
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const serve = Boolean(env.WEBPACK_SERVE);
  const config = {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry: { taskpane: './src/addin/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Relative URLs: dist/ works from any folder of any static web server.
      publicPath: 'auto',
      filename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      // dist/cli and dist/bench are the command line's build (scripts/build-cli.mjs).
      clean: { keep: /^(cli|bench|build-templates)/ },
      module: true,
      chunkFormat: 'module',
      environment: { module: true, dynamicImport: true },
    },
    experiments: { outputModule: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
        { test: /\.docx$/, type: 'asset/resource' },
      ],
    },
    devtool: production ? false : 'cheap-module-source-map',
    performance: { hints: false },
    stats: production ? 'errors-warnings' : 'normal',
    optimization: {
      splitChunks: { chunks: 'async' },
      minimizer: [
        new EsbuildPlugin({ target: 'es2020', format: 'esm', legalComments: 'none', css: false }),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        // Plain HTML, no lodash template: the module output cannot run its `with` statement.
        templateContent: fs.readFileSync(
          path.resolve(__dirname, 'src/addin/taskpane/taskpane.html'),
          'utf8',
        ),
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'module',
        inject: 'head',
        publicPath: '',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/addin/taskpane/legacy.js', to: 'legacy.js' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestFor },
        ],
      }),
    ],
  };
  if (serve) {
    const devCerts = require('office-addin-dev-certs');
    config.devtool = 'cheap-module-source-map';
    config.devServer = {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
    };
  }
  return config;
};
