// decap-cms-core's modules import each other and lodash without file extensions, as its bundler resolves them.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    for (const suffix of ['.js', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch (ignored) {
        // the next form
      }
    }
    throw e;
  }
}
