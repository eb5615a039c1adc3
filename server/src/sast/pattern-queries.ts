// Tree-sitter queries locating the dangerous patterns of spec §3.11 (shell execution with a
// shell, eval/new Function, shell=True, yaml.load without a safe loader, verify=False, MD5/SHA1
// and broken ciphers, pickle.loads, SQL built by string formatting). Matching syntax nodes, not
// lines, is what keeps comments and string contents from being flagged as code. Each pattern's
// outer capture names the check (`@eval`, `@py.shell`…); inner captures are its operands; the
// checks that need more than a predicate (is the argument computed? which algorithm?) are in
// scan-patterns.ts. Captures starting with `_` only feed predicates.

/** TypeScript, TSX and JavaScript share these node names. */
export const JS_QUERY = String.raw`
(call_expression
  function: (identifier) @_f (#eq? @_f "eval")
  arguments: (arguments . (_) @arg)) @js.eval

(new_expression constructor: (identifier) @_c (#eq? @_c "Function")) @js.newfn

(call_expression
  function: [(identifier) @fn (member_expression object: (_) @obj property: (property_identifier) @fn)]
  (#match? @fn "^(exec|execSync)$")
  arguments: (arguments . (_) @arg)) @js.cp

(call_expression
  function: (identifier) @fn
  arguments: (arguments . [(template_string) (binary_expression) (identifier) (member_expression) (call_expression)] @arg)) @js.cpalias

(call_expression
  function: [(identifier) @fn (member_expression property: (property_identifier) @fn)]
  (#match? @fn "^(spawn|spawnSync|execFile|execFileSync|fork)$")
  arguments: (arguments
    (object (pair key: [(property_identifier) (string)] @_k (#match? @_k "^[\"']?shell[\"']?$") value: (true))))) @js.spawn

(call_expression
  function: [(identifier) @fn (member_expression property: (property_identifier) @fn)]
  (#match? @fn "^(createHash|createHmac|createCipheriv|createCipher|createDecipheriv|createDecipher)$")
  arguments: (arguments . (string) @alg)) @js.crypto

(pair key: [(property_identifier) (string)] @_k (#match? @_k "^[\"']?rejectUnauthorized[\"']?$") value: (false)) @js.tls

(assignment_expression
  left: (member_expression property: (property_identifier) @_p (#eq? @_p "NODE_TLS_REJECT_UNAUTHORIZED"))
  right: (_) @val) @js.tlsenv

(call_expression
  function: [(identifier) @fn (member_expression property: (property_identifier) @fn)]
  (#match? @fn "^(query|execute|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|prepare)$")
  arguments: (arguments . [(template_string) (binary_expression)] @arg)) @js.sql
`;

export const PY_QUERY = String.raw`
(call
  function: (identifier) @_f (#match? @_f "^(eval|exec)$")
  arguments: (argument_list . (_) @arg)) @py.eval

(call
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k (#eq? @_k "shell") value: (true)))) @py.shell

(call
  function: (attribute object: (identifier) @_o attribute: (identifier) @_a)
  (#eq? @_o "os") (#match? @_a "^(system|popen)$")
  arguments: (argument_list . (_) @arg)) @py.os

(call
  function: (attribute object: (identifier) @_o attribute: (identifier) @fn)
  (#eq? @_o "yaml") (#match? @fn "^(load|load_all|unsafe_load|unsafe_load_all)$")
  arguments: (argument_list) @args) @py.yaml

(call
  function: (attribute object: (identifier) @_o attribute: (identifier) @_a)
  (#match? @_o "^(pickle|cPickle|_pickle|marshal|dill|shelve|jsonpickle)$")
  (#match? @_a "^(loads|load|open|decode|Unpickler)$")) @py.pickle

(call
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k (#eq? @_k "verify") value: (false)))) @py.verify

(call
  function: (attribute object: (identifier) @_o attribute: (identifier) @fn)
  (#eq? @_o "hashlib") (#match? @fn "^(md5|sha1|md4|new)$")
  arguments: (argument_list) @args) @py.hash

(call
  function: (attribute object: (identifier) @_o attribute: (identifier) @_a)
  (#match? @_o "^(DES|DES3|ARC4|ARC2|Blowfish|XOR|CAST)$") (#eq? @_a "new")) @py.cipher

(call
  function: (attribute attribute: (identifier) @_a)
  (#match? @_a "^(execute|executemany|executescript|raw|mogrify)$")
  arguments: (argument_list . (_) @arg)) @py.sql
`;
