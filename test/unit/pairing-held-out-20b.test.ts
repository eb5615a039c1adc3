// Held-out batch 20b (docs/accuracy.md "Held-out batch 20b"): the defect the batch found, on a
// small case with the neighbour that must keep its answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens as scored } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// nodemailer 15db667a: the queueing `send` was dropped and `_send`'s code became `send` (INLINE_FN
// _send: `send` called it), while `_send`'s closure `getRegion` became the method
// `SESTransport.getRegion`, its body edited (Jaccard 0.750). The evidence pass ran before the
// inline and kept `_send.getRegion` out as "deleted with its container": DEL_FN + ADD_FN.
const sendLines = (regionCall: string) => [
  '    let statObject = { ts: Date.now(), pending: true };',
  '    let envelope = mail.data.envelope || mail.message.getEnvelope();',
  '    let messageId = mail.message.messageId();',
  "    let recipients = [].concat(envelope.to || []);",
  "    if (recipients.length > 3) { recipients.push('...and ' + recipients.splice(2).length + ' more'); }",
  "    this.logger.info({ tnx: 'send', messageId }, 'Sending message %s to <%s>', messageId, recipients.join(', '));",
  '    let sesMessage = { RawMessage: { Data: mail.raw }, Source: envelope.from, Destinations: envelope.to };',
  "    let raw = mail.message.createReadStream();",
  "    let chunks = [];",
  "    let chunklen = 0;",
  "    raw.on('readable', () => { let chunk; while ((chunk = raw.read()) !== null) { chunks.push(chunk); chunklen += chunk.length; } });",
  "    raw.once('error', err => { raw.unpipe(); callback(err); });",
  "    raw.once('end', () => { mail.raw = Buffer.concat(chunks, chunklen); });",
  "    Object.keys(mail.data.ses || {}).forEach(key => { sesMessage[key] = mail.data.ses[key]; });",
  "    if (mail.data.headers && mail.data.headers['x-ses-configuration-set']) { sesMessage.ConfigurationSetName = mail.data.headers['x-ses-configuration-set']; }",
  `    ${regionCall}((err, region) => {`,
  "      if (err || !region) { region = 'us-east-1'; }",
  '      this.client.send(sesMessage).then(data => {',
  "        statObject.pending = false;",
  '        callback(null, { envelope, messageId: data.MessageId, region, response: data.MessageId });',
  '      }).catch(err => callback(err));',
  '    });',
];
const sesBase = [
  'class SESTransport extends EventEmitter {',
  '  send(mail, callback) {',
  '    if (this.connections >= this.maxConnections) {',
  '      return this.pending.push({ mail, callback });',
  '    }',
  '    this._send(mail, (...args) => {',
  '      setImmediate(() => callback(...args));',
  '    });',
  '  }',
  '',
  '  _send(mail, callback) {',
  '    let ses = this.ses || {};',
  '    let getRegion = cb => {',
  "      if (ses.config && typeof ses.config.region === 'function') {",
  '        return ses.config.region().then(region => cb(null, region)).catch(err => cb(err));',
  '      }',
  "      return cb(null, (ses.config && ses.config.region) || 'us-east-1');",
  '    };',
  ...sendLines('getRegion'),
  '  }',
  '}',
  '',
].join('\n');
const sesHead = [
  'class SESTransport extends EventEmitter {',
  '  getRegion(cb) {',
  "    if (this.ses.client.config && typeof this.ses.client.config.region === 'function') {",
  '      return this.ses.client.config.region().then(region => cb(null, region)).catch(err => cb(err));',
  '    }',
  '    return cb(null, false);',
  '  }',
  '',
  '  send(mail, callback) {',
  ...sendLines('this.getRegion'),
  '  }',
  '}',
  '',
].join('\n');

test('a closure of an inlined function that became a method of the class is renamed, not deleted and added (nodemailer 15db667a)', () => {
  assert.deepEqual(scored({ 'lib/ses.js': sesBase }, { 'lib/ses.js': sesHead }), [
    'INLINE_FN lib/ses.js SESTransport._send',
    'MODIFY_SIG/breaking lib/ses.js SESTransport.getRegion',
    'RENAME_FN lib/ses.js SESTransport.getRegion',
  ]);
});

// Neighbour: when `_send` is deleted outright (nothing it held stands in `send`), its closure is
// deleted with it (§3.2: a whole function deleted takes its nested functions along) and the new
// method is added — the second evidence pass runs only after an extract or inline.
const sesHeadDeleted = [
  'class SESTransport extends EventEmitter {',
  '  getRegion(cb) {',
  "    if (this.ses.client.config && typeof this.ses.client.config.region === 'function') {",
  '      return this.ses.client.config.region().then(region => cb(null, region)).catch(err => cb(err));',
  '    }',
  '    return cb(null, false);',
  '  }',
  '',
  '  send(mail, callback) {',
  '    if (this.connections >= this.maxConnections) {',
  '      return this.pending.push({ mail, callback });',
  '    }',
  '    this.queue.push({ mail, callback });',
  '  }',
  '}',
  '',
].join('\n');

test('a closure of a function deleted outright stays deleted with it (neighbour of nodemailer 15db667a)', () => {
  assert.deepEqual(scored({ 'lib/ses.js': sesBase }, { 'lib/ses.js': sesHeadDeleted }), [
    'ADD_FN lib/ses.js SESTransport.getRegion',
    'DEL_FN lib/ses.js SESTransport._send',
    'DEL_FN lib/ses.js SESTransport._send.getRegion',
  ]);
});
