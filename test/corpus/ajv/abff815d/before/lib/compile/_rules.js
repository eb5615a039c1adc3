'use strict';

//all requires must be explicit because browserify won't work with dynamic requires
module.exports = {
  '$ref': require('../dotjs/ref'),
  anyOf: require('../dotjs/anyOf'),
  format: require('../dotjs/format'),
  maximum: require('../dotjs/_limit'),
  minimum: require('../dotjs/_limit'),
  maxItems: require('../dotjs/_limitItems'),
  minItems: require('../dotjs/_limitItems'),
  maxLength: require('../dotjs/_limitLength'),
  minLength: require('../dotjs/_limitLength'),
  maxProperties: require('../dotjs/_limitProperties'),
  minProperties: require('../dotjs/_limitProperties'),
  oneOf: require('../dotjs/oneOf'),
  required: require('../dotjs/required'),
  dependencies: require('../dotjs/dependencies'),
  items: require('../dotjs/items'),
  multipleOf: require('../dotjs/multipleOf'),
  pattern: require('../dotjs/pattern'),
  uniqueItems: require('../dotjs/uniqueItems'),
  allOf: require('../dotjs/allOf'),
  enum: require('../dotjs/enum'),
  not: require('../dotjs/not'),
  properties: require('../dotjs/properties'),
  validate: require('../dotjs/validate')
};
