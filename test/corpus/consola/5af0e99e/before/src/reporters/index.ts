export { default as BasicReporter } from "./basic";
export { default as BrowserReporter } from "./browser";
export { default as FancyReporter } from "./fancy";
export { default as JSONReporter } from "./json";
export { default as WinstonReporter } from "./winston";
