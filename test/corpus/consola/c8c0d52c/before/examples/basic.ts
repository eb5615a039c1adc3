import { BasicReporter } from "../src/reporters";
import { reporterDemo } from "./utils";

reporterDemo(new BasicReporter({}));
