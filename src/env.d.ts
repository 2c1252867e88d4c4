/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files (astro check does); give their imports a type.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
