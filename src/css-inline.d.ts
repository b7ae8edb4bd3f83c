// Vite makes `import css from './file.css?inline'` the file's text, minified in builds: styles live in .css
// files yet reach a shadow root as a string, and their comments and spacing cost the bundles nothing.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
