export const TYPE_NAME_MAP = {
  error: 'ERR!',
  fatal: 'DIE!',
  warn: 'WARN',
  success: 'OK',
  debug: '...',
  trace: '...',
  log: ''
}

export const TYPE_COLOR_MAP = {
  'info': 'cyan'
}

export const LEVEL_COLOR_MAP = {
  0: 'red',
  1: 'yellow',
  2: 'white',
  3: 'green'
}
