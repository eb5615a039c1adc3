export const TYPE_COLOR_MAP = {
  info: "cyan",
  fail: "red",
};

export const LEVEL_COLOR_MAP = {
  0: "red",
  1: "yellow",
  2: "white",
  3: "green",
};
