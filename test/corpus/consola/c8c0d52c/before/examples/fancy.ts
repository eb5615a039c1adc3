import { FancyReporter } from "../src/reporters";
import { reporterDemo } from "./utils";

reporterDemo(new FancyReporter());
